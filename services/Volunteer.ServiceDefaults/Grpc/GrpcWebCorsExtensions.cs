using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Lets browser clients call over gRPC-Web from the origins in "Cors:AllowedOrigins"; in Development,
/// when none are configured, from any page served on this machine (a front-end dev server).
/// </summary>
internal static class GrpcWebCorsExtensions
{
    // A gRPC-Web client reads the call's outcome from these; browsers hide them unless exposed.
    private static readonly string[] GrpcResponseHeaders =
        ["Grpc-Status", "Grpc-Message", "Grpc-Status-Details-Bin", "Grpc-Encoding", "Grpc-Accept-Encoding"];

    public static void AddGrpcWebCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        var anyLocalPage = origins.Length == 0 && builder.Environment.IsDevelopment();
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (anyLocalPage)
            {
                policy.SetIsOriginAllowed(IsLocalPage);
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.AllowAnyMethod().AllowAnyHeader().WithExposedHeaders(GrpcResponseHeaders);
        }));
    }

    private static bool IsLocalPage(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.ServiceDefaults.Grpc;

internal static class GrpcDefaultsExtensions
{
    public static void AddGrpcDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            // Details of unexpected failures stay in the logs, not in the caller's hands.
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        // gRPC health reports the same checks as /health, so gRPC-native probes agree with the dashboard.
        builder.Services.AddGrpcHealthChecks();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddGrpcReflection();
        }
    }

    public static void MapGrpcDefaults(this WebApplication app)
    {
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcReflectionService().AllowAnonymous();
        }
    }
}

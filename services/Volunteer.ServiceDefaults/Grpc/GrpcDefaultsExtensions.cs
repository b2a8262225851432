using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.ServiceDefaults.Grpc;

internal static class GrpcDefaultsExtensions
{
    // The largest legitimate request (a coverage question for 500 volunteers, an import row) is a few
    // kilobytes; a page of the largest list stays well under the send limit because every field is bounded.
    private const int DefaultMaxReceiveBytes = 1024 * 1024;
    private const int DefaultMaxSendBytes = 16 * 1024 * 1024;

    public static void AddGrpcDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            // Details of unexpected failures stay in the logs, not in the caller's hands.
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
            options.MaxReceiveMessageSize = builder.Configuration.GetValue("Grpc:MaxReceiveMessageSize", DefaultMaxReceiveBytes);
            options.MaxSendMessageSize = builder.Configuration.GetValue("Grpc:MaxSendMessageSize", DefaultMaxSendBytes);
            // Outermost first: domain errors of everything inside, including refusals, become statuses.
            options.Interceptors.Add<DomainErrorInterceptor>();
            options.Interceptors.Add<RpcAccessInterceptor>();
        });
        // The real clock: a test's fake one standing still would keep a remembered answer for ever.
        builder.Services.AddSingleton(new CoveredUnions(TimeProvider.System));
        builder.Services.AddScoped<CheckedThings>();
        // gRPC health reports the same checks as /health, so gRPC-native probes agree with the dashboard.
        builder.Services.AddGrpcHealthChecks();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddGrpcReflection();
        }
    }

    public static void MapGrpcDefaults(this WebApplication app)
    {
        app.MapGrpcHealthChecksService().AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Probes);
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcReflectionService().AllowAnonymous();
        }
    }
}

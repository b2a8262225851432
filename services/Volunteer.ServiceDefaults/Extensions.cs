using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Calls;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Telemetry;
using Volunteer.ServiceDefaults.Time;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every platform service starts with, in the order they matter.</summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddLoggingDefaults();
        builder.ConfigureOpenTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceIdentity>();
        builder.Services.AddSingleton(services => RecordingDeadline.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(services => CampaignSeasons.From(services.GetRequiredService<IConfiguration>()));

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);

        builder.Services.AddServiceCalls();

        builder.AddPlatformAuthentication();
        builder.AddGrpcDefaults();
        builder.AddGrpcWebCors();
        builder.AddPlatformRateLimits();
        return builder;
    }

    /// <summary>
    /// Health for the orchestrator, gRPC health and, in Development, reflection. Each service listens
    /// twice: "grpc" (HTTP/2 cleartext, native gRPC clients) and "http" (HTTP/1.1: the orchestrator's
    /// probes, which cannot speak cleartext HTTP/2, and gRPC-Web from browsers).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Before authentication: a browser's preflight carries no token and must still be answered.
        app.UseCors();
        app.UseAuthentication();
        // After authentication, so expensive calls are counted per caller, not per address.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });

        // Ready means every dependency answers: the database and the broker.
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Probes);
        app.MapHealthChecks(AlivenessEndpointPath, new() { Predicate = r => r.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Probes);
        app.MapGrpcDefaults();
        return app;
    }
}

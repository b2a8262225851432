using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>The defaults every platform service starts with, in the order they matter.</summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceIdentity>();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddPlatformAuthentication();
        builder.AddGrpcDefaults();
        return builder;
    }

    /// <summary>
    /// Health for the orchestrator on the HTTP/1.1 endpoint (gRPC's HTTP/2-only endpoint cannot
    /// answer its probe), plus gRPC health and, in Development, reflection.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });

        // Ready means every dependency answers: the database and the broker.
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new() { Predicate = r => r.Tags.Contains(HealthTags.Live) }).AllowAnonymous();
        app.MapGrpcDefaults();
        return app;
    }
}

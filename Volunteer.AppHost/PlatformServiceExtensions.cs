using Microsoft.Extensions.Configuration;
using Volunteer.AppHost.Auth;
using Volunteer.AppHost.Infrastructure;

namespace Volunteer.AppHost;

internal static class PlatformServiceExtensions
{
    /// <summary>
    /// A platform service with its own database and the broker, started only when they are ready, and
    /// reported healthy only when its /health (database and broker) says so. The gRPC port is fixed for
    /// front-end engineers unless "Services:FixedPorts" is false (tests). "Replicas:&lt;name&gt;" instances
    /// run (1 by default) behind the orchestrator's proxy on that one port.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        int grpcPort,
        PlatformInfrastructure infrastructure,
        IdentityProvider identity)
        where TProject : IProjectMetadata, new() =>
        builder.AddPlatformProject<TProject>(name, grpcPort, infrastructure)
            .WithReplicas(builder.ReplicaCount(name))
            .WithPlatformIdentity(identity);

    /// <summary>Trusts the platform's issuer, and lets ops staff retry its dead letters as the operator.</summary>
    public static IResourceBuilder<ProjectResource> WithPlatformIdentity(
        this IResourceBuilder<ProjectResource> service, IdentityProvider identity) =>
        service.WithTokenIssuer(identity).WithRetryDeadLettersCommand(identity);

    /// <summary>The project with its database and the broker, before it knows whose tokens to trust.</summary>
    public static IResourceBuilder<ProjectResource> AddPlatformProject<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        int grpcPort,
        PlatformInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase($"{name}db");
        var service = builder.AddProject<TProject>(name)
            .WithEndpoint("grpc", endpoint => endpoint.Port = builder.FixedPorts() ? grpcPort : null)
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
            // Services run in the AppHost's environment: Development locally turns on gRPC reflection.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpHealthCheck("/health", endpointName: "http");

        // The campaign's public holidays and calendar ("Campaign:PublicHolidays", "Campaign:Years"),
        // configured once here, so every service counts working days and activity months alike.
        foreach (var (key, value) in builder.Configuration.GetSection("Campaign").AsEnumerable())
        {
            if (value is not null)
            {
                service.WithEnvironment(key.Replace(":", "__"), value);
            }
        }

        return service;
    }

    /// <summary>"Replicas:&lt;name&gt;", at least 1.</summary>
    public static int ReplicaCount(this IDistributedApplicationBuilder builder, string name) =>
        builder.Configuration.GetValue($"Replicas:{name}", defaultValue: 1) is var count and >= 1
            ? count
            : throw new InvalidOperationException($"Replicas:{name} must be at least 1.");

    public static bool FixedPorts(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue("Services:FixedPorts", defaultValue: true);
}

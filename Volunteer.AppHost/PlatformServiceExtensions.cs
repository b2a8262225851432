using Microsoft.Extensions.Configuration;
using Volunteer.AppHost.Infrastructure;

namespace Volunteer.AppHost;

internal static class PlatformServiceExtensions
{
    /// <summary>
    /// A platform service with its own database, the broker and the token key, started only when
    /// they are ready, and reported healthy only when its /health (database and broker) says so.
    /// The gRPC port is fixed for front-end engineers unless "Services:FixedPorts" is false (tests).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        int grpcPort,
        PlatformInfrastructure infrastructure,
        IResourceBuilder<ParameterResource> signingKey)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase($"{name}db");
        var fixedPorts = builder.Configuration.GetValue("Services:FixedPorts", defaultValue: true);

        var service = builder.AddProject<TProject>(name)
            .WithEndpoint("grpc", endpoint => endpoint.Port = fixedPorts ? grpcPort : null)
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
            .WithEnvironment("Authentication__Platform__SigningKey", signingKey)
            // Services run in the AppHost's environment: Development locally turns on gRPC reflection.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpHealthCheck("/health", endpointName: "http")
            .WithRetryDeadLettersCommand(signingKey);

        // The campaign's public holidays, configured once here, so every service counts working days alike.
        var holidays = builder.Configuration.GetSection("Campaign:PublicHolidays").Get<string[]>() ?? [];
        for (var i = 0; i < holidays.Length; i++)
        {
            service.WithEnvironment($"Campaign__PublicHolidays__{i}", holidays[i]);
        }

        return service;
    }
}

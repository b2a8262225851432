using Microsoft.Extensions.DependencyInjection;

namespace Volunteer.AppHost.Infrastructure.Local;

internal static class LocalRabbitMqBuilderExtensions
{
    private const string UserName = "volunteer";

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, string scripts, string dataDirectory, LocalSecrets secrets)
    {
        var password = builder.AddParameter($"{name}-password", secrets.GetOrCreatePassword($"{name}-password"), secret: true);
        var broker = new LocalRabbitMqResource(name, scripts, UserName, password.Resource);
        var healthCheck = $"{name}-amqp-handshake";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new AmqpHandshakeHealthCheck(broker.Endpoint), null, null));

        return builder.AddResource(broker)
            .WithArgs("rabbitmq.sh")
            .WithEndpoint(name: LocalRabbitMqResource.EndpointName, scheme: "tcp", env: "VOLUNTEER_MQ_PORT")
            .WithEnvironment("VOLUNTEER_MQ_DATA", Path.Combine(dataDirectory, name))
            .WithEnvironment("VOLUNTEER_MQ_USER", UserName)
            .WithEnvironment("VOLUNTEER_MQ_PASSWORD", password)
            .WithHealthCheck(healthCheck)
            .WithIconName("Mailbox");
    }
}

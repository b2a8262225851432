using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.Messaging;

public static class MessagingExtensions
{
    /// <summary>Connection name of the broker, as the AppHost references it.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on the platform's RabbitMQ: kebab-case queues named after consumers, a health
    /// check tagged for readiness, and this instance announcing itself once it takes calls.
    /// </summary>
    public static void AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is missing; the AppHost sets it, or set it to an amqp:// URI.");
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers?.Invoke(bus);
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.Tags.Add(HealthTags.Broker);
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddHostedService<ServiceInstanceAnnouncer>();
    }
}

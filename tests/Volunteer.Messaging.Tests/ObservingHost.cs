using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.Messaging.Tests;

/// <summary>A bare MassTransit host with one test consumer and no inbox, to see exactly what the broker delivers.</summary>
internal static class ObservingHost
{
    /// <param name="oneAtATime">Takes one delivery at a time from the broker, so they are handled in queue order.</param>
    public static IHost Build<TConsumer, TState>(Uri broker, TState state, bool oneAtATime = false)
        where TConsumer : class, IConsumer where TState : class
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(state);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumer<TConsumer>().Endpoint(endpoint =>
            {
                if (oneAtATime)
                {
                    endpoint.PrefetchCount = 1;
                    endpoint.ConcurrentMessageLimit = 1;
                }
            });
            bus.ConfigureHealthCheckOptions(health => health.Tags.Add(HealthTags.Broker));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder.Build();
    }
}

using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// A queue bound to <see cref="IProjectedEvent"/> on its own virtual host, filled before anything consumes
/// it: the bindings are declared by a bus that starts and stops again, then the events are published.
/// </summary>
internal static class ProjectionQueue
{
    private const int PublishWindow = 200;

    public static async Task FillAsync(
        Uri virtualHost, string queueName, IEnumerable<IReadOnlyList<IProjectedEvent>> stream)
    {
        var declaring = Bus(virtualHost, queueName, new ProjectionCounter());
        await declaring.StartAsync();
        await declaring.StopAsync();

        var publishing = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(virtualHost));
        await publishing.StartAsync();
        foreach (var window in stream.SelectMany(group => group.Chunk(PublishWindow)))
        {
            // One window at a time, its publishes confirmed together; the windows keep the causal order.
            await Task.WhenAll(window.Select(message => publishing.Publish(message, message.GetType())));
        }

        await publishing.StopAsync();
    }

    /// <summary>A bus whose one endpoint counts what arrives on the queue.</summary>
    public static IBusControl Bus(Uri virtualHost, string queueName, ProjectionCounter counter, int prefetch = 1) =>
        MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(virtualHost);
            rabbit.ReceiveEndpoint(queueName, endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.Bind<IProjectedEvent>();
                // As reporting declares its ordered queue: RabbitMQ refuses a queue declared again with
                // other arguments, and the service would never consume the filled one.
                endpoint.SingleActiveConsumer = true;
                endpoint.PrefetchCount = prefetch;
                endpoint.Consumer(() => new CountingConsumer(counter));
            });
        });
}

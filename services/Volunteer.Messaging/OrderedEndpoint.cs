using MassTransit;

namespace Volunteer.Messaging;

/// <summary>
/// A receive endpoint whose messages must be handled in the order they were queued. Its queue has a
/// single active consumer (RabbitMQ's x-single-active-consumer): with several replicas one consumes and
/// the others stand by, and the broker hands the queue to one of them when it stops or dies. RabbitMQ
/// refuses to redeclare a queue with another argument, so an endpoint that becomes ordered takes a new
/// queue name and names the queue it <paramref name="Replaces"/>, which <see cref="RetiredQueueCleanup"/>
/// removes once empty. Added with <see cref="OrderedEndpointRegistration.AddOrderedEndpoint"/>.
/// </summary>
public sealed record OrderedEndpoint(string EndpointName, string? Replaces = null)
{
    /// <summary>
    /// Puts a consumer on this endpoint, which handles one message at a time: what arrives together (an
    /// activity's submission and its confirmations, a team and its first members) then never collides on a
    /// row. The limit is the endpoint's, not the consumer's: the inbox saves each message around the consumer,
    /// outside a consumer's limit, so with that alone two messages would still be saved at once.
    /// </summary>
    public void OneAtATime(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.Name = EndpointName;
        endpoint.ConcurrentMessageLimit = 1;
    }
}

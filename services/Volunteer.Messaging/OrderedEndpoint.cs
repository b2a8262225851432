namespace Volunteer.Messaging;

/// <summary>
/// A receive endpoint whose messages must be handled in the order they were queued. Its queue has a
/// single active consumer (RabbitMQ's x-single-active-consumer): with several replicas one consumes and
/// the others stand by, and the broker hands the queue to one of them when it stops or dies. RabbitMQ
/// refuses to redeclare a queue with another argument, so an endpoint that becomes ordered takes a new
/// queue name and names the queue it <paramref name="Replaces"/>, which <see cref="RetiredQueueCleanup"/>
/// removes once empty. Registered as a singleton by the service that owns the endpoint.
/// </summary>
public sealed record OrderedEndpoint(string EndpointName, string? Replaces = null);

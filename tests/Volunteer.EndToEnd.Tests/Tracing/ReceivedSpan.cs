namespace Volunteer.EndToEnd.Tests.Tracing;

/// <summary>A span as a service exported it: which service, which trace, what it did and its kind (OTLP SpanKind: 2 server, 4 producer, 5 consumer).</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string Name, int Kind)
{
    public const int ServerKind = 2;
    public const int ProducerKind = 4;
    public const int ConsumerKind = 5;

    /// <summary>The exporting process (service.instance.id): tells replicas of one service apart.</summary>
    public string Instance { get; init; } = "";
}

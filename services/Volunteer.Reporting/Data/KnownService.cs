namespace Volunteer.Reporting.Data;

/// <summary>The latest announcement of one service instance (read model of ServiceInstanceStarted).</summary>
public sealed class KnownService
{
    public required string InstanceId { get; init; }

    public required string ServiceName { get; set; }

    public required string Version { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

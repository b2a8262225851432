namespace Volunteer.Reporting.Data;

/// <summary>A service instance as its latest ServiceInstanceAnnounced event describes it.</summary>
public sealed class KnownService
{
    public required string InstanceId { get; init; }

    public required string ServiceName { get; init; }

    public required string Version { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset LastAnnouncedAt { get; set; }
}

namespace Volunteer.Reporting.Data;

/// <summary>
/// An event as it was projected, kept append-only in the same transaction as its projection so the
/// read models can be rebuilt by replaying this table in order.
/// </summary>
public sealed class ProjectedEvent
{
    public long Sequence { get; set; }

    /// <summary>The event record's name, e.g. "TeamFormed".</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public Guid? MessageId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}

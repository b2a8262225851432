namespace Volunteer.Reporting.ReadModels;

/// <summary>An incident's facts reporting may hold: no descriptions, no health details.</summary>
public sealed class IncidentRow
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid UnionId { get; set; }

    /// <summary>minor, moderate, serious or critical.</summary>
    public string Severity { get; set; } = "";

    public DateTimeOffset? OccurredAt { get; set; }

    public int InvolvedCount { get; set; }

    public int UninsuredCount { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string ClaimStatus { get; set; } = "none";
}

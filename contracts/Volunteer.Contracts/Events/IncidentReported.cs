namespace Volunteer.Contracts.Events;

/// <summary>An incident was reported. Descriptions and health details stay in the safety service.</summary>
/// <param name="Severity">minor, moderate, serious or critical.</param>
/// <param name="UninsuredVolunteerIds">People involved who were not insured that day: flagged at once.</param>
public sealed record IncidentReported(
    Guid IncidentId,
    Guid ActivityId,
    Guid UnionId,
    string Severity,
    DateTimeOffset OccurredAt,
    IReadOnlyList<Guid> InvolvedVolunteerIds,
    IReadOnlyList<Guid> UninsuredVolunteerIds,
    DateTimeOffset ReportedAt) : IProjectedEvent;

namespace Volunteer.Safety.Incidents;

/// <summary>The parsed, checked parts of an incident report.</summary>
public sealed record ValidIncidentReport(
    Guid ActivityId,
    DateTimeOffset OccurredAt,
    IncidentSeverity Severity,
    List<Guid> InvolvedVolunteerIds,
    string Place,
    string Description,
    string FirstResponse,
    string? RequestId);

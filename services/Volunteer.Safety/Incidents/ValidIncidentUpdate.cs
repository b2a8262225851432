namespace Volunteer.Safety.Incidents;

/// <summary>The parsed, checked parts of an incident update; null where the request changes nothing.</summary>
public sealed record ValidIncidentUpdate(
    Guid IncidentId,
    IncidentStatus? Status,
    ClaimStatus? ClaimStatus,
    DateTimeOffset? InsurerNotifiedAt,
    DateTimeOffset? ProvinceReportedAt,
    string Note);

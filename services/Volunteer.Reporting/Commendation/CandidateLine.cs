namespace Volunteer.Reporting.Commendation;

/// <summary>One service line of the year as commendation counts it: hours, its activity's figures, the team.</summary>
public sealed record CandidateLine(
    Guid VolunteerId, Guid ActivityId, decimal Hours, DateTimeOffset RecordedAt, DateOnly EndsOn, int Beneficiaries,
    Guid? TeamId);

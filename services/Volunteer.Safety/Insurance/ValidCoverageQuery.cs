namespace Volunteer.Safety.Insurance;

/// <summary>The volunteers and the days (both included) a coverage question is about.</summary>
public sealed record ValidCoverageQuery(List<Guid> VolunteerIds, DateOnly From, DateOnly To);

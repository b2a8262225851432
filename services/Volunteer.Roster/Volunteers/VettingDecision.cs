namespace Volunteer.Roster.Volunteers;

/// <summary>A checked vetting decision: approved or rejected, with the reason a rejection needs.</summary>
public sealed record VettingDecision(Guid VolunteerId, VettingState Decision, string? Reason);

namespace Volunteer.Roster.Reach;

/// <summary>A checked request to reach one participant of one activity, with the reason the caller gave.</summary>
public sealed record PhoneRevealRequest(Guid ActivityId, Guid VolunteerId, string Reason);

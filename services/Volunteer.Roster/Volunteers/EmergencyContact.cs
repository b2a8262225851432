using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Volunteers;

/// <summary>Whom to call when something happens to a volunteer; each part absent when not given.</summary>
public sealed record EmergencyContact(string? Name, string? Relationship, PhoneNumber? Phone);

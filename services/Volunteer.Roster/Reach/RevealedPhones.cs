namespace Volunteer.Roster.Reach;

/// <summary>A volunteer's phones in full, as shown to someone responsible for an activity they take part in.</summary>
public sealed record RevealedPhones(
    Guid VolunteerId, string Name, string Phone, string? ContactName, string? ContactRelationship,
    string? ContactPhone);

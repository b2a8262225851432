namespace Volunteer.Roster.Records;

/// <summary>A checked award to add to a volunteer's record.</summary>
public sealed record NewAward(string? RequestId, Guid VolunteerId, string Name, DateOnly Date, string GrantingBody);

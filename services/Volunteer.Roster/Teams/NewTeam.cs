namespace Volunteer.Roster.Teams;

/// <summary>A checked request to form a team in a union.</summary>
public sealed record NewTeam(string? RequestId, Guid UnionId, string Name, TeamSpecialty Specialty);

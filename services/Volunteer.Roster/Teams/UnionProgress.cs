namespace Volunteer.Roster.Teams;

/// <summary>One union's 百队千人 targets against what its subtree has reached.</summary>
public sealed record UnionProgress(
    Guid UnionId, string Name, int TeamTarget, int PeopleTarget, int ActiveTeams, int VettedPeople);

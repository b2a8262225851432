namespace Volunteer.Roster.Unions;

/// <summary>A union's share of the campaign target: teams to form and people to enrol.</summary>
public sealed record UnionTargets(int Teams, int People);

namespace Volunteer.Roster.Teams;

/// <summary>A union's progress and that of each union directly below it.</summary>
public sealed record CampaignProgressReport(UnionProgress Union, IReadOnlyList<UnionProgress> Children);

namespace Volunteer.Activity.Sites;

/// <summary>What matching knows of a team for one need.</summary>
/// <param name="MemberSkills">Skills of the team's current members.</param>
/// <param name="OverlappingActivities">The team's activities overlapping the wished period.</param>
/// <param name="ActivitiesThisYear">The team's activities in the need's campaign year (its workload).</param>
public sealed record MatchCandidate(
    Guid TeamId,
    string TeamName,
    Guid UnionId,
    string Specialty,
    string UnionRegionCode,
    IReadOnlySet<string> MemberSkills,
    int OverlappingActivities,
    int ActivitiesThisYear);

namespace Volunteer.Activity.Sites;

/// <summary>
/// Ranks a team for a need on four criteria, each with a reason a union officer can check:
/// skills (40: share of wanted skills among members, or the team's specialty when none are named),
/// availability (30: no activity overlapping the wished period), region (20: same county, 12: same
/// city, 5: same province) and workload (10, less 2 per activity already this year).
/// </summary>
public static class MatchScore
{
    public static (int Score, IReadOnlyList<string> Reasons) Rate(Need need, string siteRegion, MatchCandidate team)
    {
        var reasons = new List<string>();
        double skills;
        if (need.Skills.Count > 0)
        {
            var covered = need.Skills.Count(s => team.MemberSkills.Contains(s));
            skills = 40.0 * covered / need.Skills.Count;
            reasons.Add($"{covered} of {need.Skills.Count} wanted skills among members");
        }
        else
        {
            var fits = string.Equals(team.Specialty, need.Domain.ToString(), StringComparison.OrdinalIgnoreCase);
            skills = fits ? 40 : 0;
            reasons.Add(fits ? $"specialty {team.Specialty} fits the need" : $"specialty {team.Specialty} differs from {need.Domain.ToString().ToLowerInvariant()}");
        }

        var available = team.OverlappingActivities == 0;
        reasons.Add(available ? "free in the wished period" : $"{team.OverlappingActivities} activities overlap the wished period");
        var (region, regionReason) = RegionFit(siteRegion, team.UnionRegionCode);
        reasons.Add(regionReason);
        var workload = Math.Max(0, 10 - 2 * team.ActivitiesThisYear);
        reasons.Add($"{team.ActivitiesThisYear} activities already this year");
        return ((int)Math.Round(skills + (available ? 30 : 0) + region + workload), reasons);
    }

    private static (int Points, string Reason) RegionFit(string site, string team) =>
        site == team ? (20, "same county as the site")
        : site[..4] == team[..4] ? (12, "same city as the site")
        : site[..2] == team[..2] ? (5, "same province as the site")
        : (0, "far from the site");
}

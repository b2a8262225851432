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
            reasons.Add($"成员具备所需{need.Skills.Count}项技能中的{covered}项");
        }
        else
        {
            var fits = string.Equals(team.Specialty, need.Domain.ToString(), StringComparison.OrdinalIgnoreCase);
            skills = fits ? 40 : 0;
            reasons.Add(fits
                ? $"专长（{ActivityLabels.Domain(team.Specialty)}）符合需求"
                : $"专长（{ActivityLabels.Domain(team.Specialty)}）"
                    + $"与需求领域（{ActivityLabels.Domain(need.Domain.ToString())}）不同");
        }

        var available = team.OverlappingActivities == 0;
        reasons.Add(available ? "期望时段内无其他活动" : $"期望时段内已有{team.OverlappingActivities}项活动");
        var (region, regionReason) = RegionFit(siteRegion, team.UnionRegionCode);
        reasons.Add(regionReason);
        var workload = Math.Max(0, 10 - 2 * team.ActivitiesThisYear);
        reasons.Add($"今年已开展{team.ActivitiesThisYear}项活动");
        return ((int)Math.Round(skills + (available ? 30 : 0) + region + workload), reasons);
    }

    private static (int Points, string Reason) RegionFit(string site, string team) =>
        site == team ? (20, "与服务点同一县（区）")
        : site[..4] == team[..4] ? (12, "与服务点同一市")
        : site[..2] == team[..2] ? (5, "与服务点同一省")
        : (0, "距服务点较远");
}

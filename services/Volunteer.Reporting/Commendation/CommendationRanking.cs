namespace Volunteer.Reporting.Commendation;

/// <summary>
/// Transparent ranking for the November commendation: anyone with an unresolved serious or critical
/// incident is left out; the rest rank by hours, then activities, then beneficiaries, then the share
/// of activities recorded on time.
/// </summary>
public static class CommendationRanking
{
    public static readonly IReadOnlyList<string> Criteria =
    [
        "未结案的严重或重大安全事件者不列入",
        "服务时长",
        "参与活动数",
        "受益人数",
        "10个工作日内按时记录的比例",
    ];

    public static IReadOnlyList<CandidateFigures> Rank(IEnumerable<CandidateFigures> candidates, int limit) =>
    [
        .. candidates
            .Where(c => c.OpenSeriousIncidents == 0)
            .OrderByDescending(c => c.Hours)
            .ThenByDescending(c => c.Activities)
            .ThenByDescending(c => c.Beneficiaries)
            .ThenByDescending(c => c.OnTimeShare)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit),
    ];
}

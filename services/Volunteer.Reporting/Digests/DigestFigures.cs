using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Digests;

/// <summary>The figures a digest shows, in order, so its table and its list of changes name them alike.</summary>
public static class DigestFigures
{
    /// <summary>DigestText key, the value, and the target it is read against where it has one.</summary>
    public static readonly IReadOnlyList<(string Key, Func<CampaignFigures, decimal> Value,
        Func<CampaignFigures, string>? Target)> All =
    [
        ("active-teams", f => f.ActiveTeams, f => $"/ {f.TeamTarget}"),
        ("vetted-people", f => f.VettedPeople, f => $"/ {f.PeopleTarget}"),
        ("activities", f => f.Activities, null),
        ("service-hours", f => f.ServiceHours, null),
        ("recorded-hours", f => f.RecordedHours, null),
        ("volunteers-served", f => f.VolunteersServed, null),
        ("beneficiaries", f => f.Beneficiaries, null),
        ("donation-value", f => f.DonationValue, null),
        ("spending", f => f.SpendingBySource.Sum(s => s.Value), null),
        ("incidents", f => f.IncidentsBySeverity.Sum(s => s.Count), null),
        ("uncleared", f => f.UnclearedUpcoming, null),
        ("overdue", f => f.OverdueRecords, null),
    ];

    /// <summary>Each figure that differs between two versions' figures of the same period, in table order.</summary>
    public static IReadOnlyList<FigureChange> Changes(CampaignFigures before, CampaignFigures after) =>
    [
        .. All.Select(f => new FigureChange(f.Key, f.Value(before), f.Value(after))).Where(c => c.Before != c.After),
    ];
}

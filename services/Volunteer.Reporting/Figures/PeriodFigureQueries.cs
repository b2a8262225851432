using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Figures;

/// <summary>The figures of one scope and period, each read model scanned as few times as it can be.</summary>
internal sealed class PeriodFigureQueries(ReportingDbContext db, ReportScope scope, ReportPeriod period)
{
    private readonly List<Guid>? _ids = scope.Unions?.ToList();

    private bool Everywhere => _ids is null;

    public async Task<CampaignFigures> ComputeAsync(StandingFigures standing, CancellationToken ct)
    {
        var (ids, everywhere) = (_ids, Everywhere);
        var activities = db.Activities.Where(a => (everywhere || ids!.Contains(a.UnionId))
            && a.StartsOn >= period.Start && a.StartsOn <= period.End);
        // A submitted activity with safety's verdict counts as cleared or blocked, as activity itself shows it.
        var groups = await activities.GroupBy(a => new
            {
                a.Form, a.Mode, a.Domain,
                Status = a.Status == ActivityStatuses.Submitted && a.ClearanceRevision > 0
                    ? (a.Cleared == true ? ActivityStatuses.Cleared : ActivityStatuses.Blocked)
                    : a.Status,
            })
            .Select(g => new
            {
                g.Key.Form, g.Key.Mode, g.Key.Domain, g.Key.Status, Count = g.Count(),
                Beneficiaries = g.Sum(a => a.Beneficiaries),
            })
            .ToListAsync(ct);
        var live = groups.Where(g => g.Status != ActivityStatuses.Cancelled).ToList();

        var lines = db.ServiceLines.Where(l => (everywhere || ids!.Contains(l.UnionId))
            && l.Day >= period.Start && l.Day <= period.End);
        var hoursByUnion = await db.AttendanceTotals.Where(t => (everywhere || ids!.Contains(t.UnionId))
                && t.Day >= period.Start && t.Day <= period.End)
            .GroupBy(t => t.UnionId).Select(g => new { g.Key, Hours = g.Sum(t => t.Hours) }).ToListAsync(ct);
        var liveIds = activities.Where(a => a.Status != ActivityStatuses.Cancelled).Select(a => a.Id);
        var incidents = await db.Incidents
            .Where(i => (everywhere || ids!.Contains(i.UnionId))
                && i.OccurredAt >= period.StartsAt && i.OccurredAt < period.EndsBefore)
            .GroupBy(i => i.Severity).Select(g => new Tally(g.Key, g.Count())).ToListAsync(ct);

        return new CampaignFigures
        {
            UnionId = scope.RootId,
            UnionName = scope.RootName,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            ActiveTeams = standing.ActiveTeams,
            TeamTarget = standing.TeamTarget,
            VettedPeople = standing.VettedPeople,
            PeopleTarget = standing.PeopleTarget,
            Activities = groups.Sum(g => g.Count),
            ByForm = Tallies(live.Select(g => (g.Form, g.Count))),
            ByMode = Tallies(live.Select(g => (g.Mode, g.Count))),
            ByDomain = Tallies(live.Select(g => (g.Domain, g.Count))),
            ByStatus = Tallies(groups.Select(g => (g.Status, g.Count))),
            ServiceHours = hoursByUnion.Sum(h => h.Hours),
            RecordedHours = await lines.SumAsync(l => l.Hours, ct),
            VolunteersServed = await PeopleServed.CountAsync(db, ids, period, ct),
            Beneficiaries = live.Sum(g => g.Beneficiaries),
            DonationValue = await db.Donations.Where(d => liveIds.Contains(d.ActivityId)).SumAsync(d => d.Value, ct),
            SpendingBySource = (await db.Spending.Where(s => liveIds.Contains(s.ActivityId))
                .GroupBy(s => s.Source).Select(g => new Amount(g.Key, g.Sum(s => s.Amount))).ToListAsync(ct))
                .OrderByDescending(a => a.Value).ToList(),
            IncidentsBySeverity = [.. incidents.OrderBy(t => t.Key, StringComparer.Ordinal)],
            UnclearedUpcoming = standing.UnclearedUpcoming,
            OverdueRecords = standing.OverdueRecords,
            HoursByUnion = standing.RollUp.HoursByUnion(hoursByUnion.ToDictionary(h => h.Key, h => h.Hours)),
        };
    }

    private static List<Tally> Tallies(IEnumerable<(string Key, int Count)> counts) =>
        [.. counts.GroupBy(c => c.Key).Select(g => new Tally(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)];
}

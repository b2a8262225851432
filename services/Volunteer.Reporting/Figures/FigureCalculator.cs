using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Computes the figures from the read models with grouped queries, so the cost follows the number
/// of groups returned rather than the rows scanned in memory.
/// </summary>
public sealed class FigureCalculator(ReportingDbContext db, TimeProvider timeProvider, RecordingDeadline recording)
{
    private const int UpcomingDays = 7;

    public async Task<CampaignFigures> ComputeAsync(ReportScope scope, ReportPeriod period, CancellationToken ct)
    {
        var ids = scope.Unions?.ToList();
        var everywhere = ids is null;
        var today = CampaignClock.Today(timeProvider);
        var target = scope.RootId is { } rootId ? await db.UnionTargets.AsNoTracking().FirstOrDefaultAsync(t => t.UnionId == rootId, ct) : null;

        var activeTeams = db.Teams.Where(t => t.Status == TeamStatuses.Active && (everywhere || ids!.Contains(t.UnionId)));
        var vettedPeople = await db.TeamMembers
            .Where(m => m.LeftOn == null || m.JoinedOn > m.LeftOn)
            .Where(m => activeTeams.Any(t => t.Id == m.TeamId))
            .Where(m => db.Volunteers.Any(v => v.Id == m.VolunteerId && v.Vetting == "approved"))
            .Select(m => m.VolunteerId).Distinct().CountAsync(ct);

        var activities = db.Activities.Where(a => (everywhere || ids!.Contains(a.UnionId)) && a.StartsOn >= period.Start && a.StartsOn <= period.End);
        // A submitted activity with safety's verdict counts as cleared or blocked, as activity itself shows it.
        var groups = await activities.GroupBy(a => new
            {
                a.Form, a.Mode, a.Domain,
                Status = a.Status == ActivityStatuses.Submitted && a.ClearanceRevision > 0
                    ? (a.Cleared == true ? ActivityStatuses.Cleared : ActivityStatuses.Blocked)
                    : a.Status,
            })
            .Select(g => new { g.Key.Form, g.Key.Mode, g.Key.Domain, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var live = groups.Where(g => g.Status != ActivityStatuses.Cancelled).ToList();

        var attendance = db.Attendance.Where(a => (everywhere || ids!.Contains(a.UnionId)) && a.Day >= period.Start && a.Day <= period.End
            && (a.HoursStatus == "counted" || a.Approved));
        var lines = db.ServiceLines.Where(l => (everywhere || ids!.Contains(l.UnionId)) && l.Day >= period.Start && l.Day <= period.End);
        var hoursByUnion = await attendance.GroupBy(a => a.UnionId).Select(g => new { g.Key, Hours = g.Sum(a => a.Hours) }).ToListAsync(ct);
        var liveIds = activities.Where(a => a.Status != ActivityStatuses.Cancelled).Select(a => a.Id);

        var overdueEnd = recording.LatestOverdueEnd(today);
        var incidents = await db.Incidents
            .Where(i => (everywhere || ids!.Contains(i.UnionId)) && i.OccurredAt >= period.StartsAt && i.OccurredAt < period.EndsBefore)
            .GroupBy(i => i.Severity).Select(g => new Tally(g.Key, g.Count())).ToListAsync(ct);

        return new CampaignFigures
        {
            UnionId = scope.RootId,
            UnionName = scope.RootName,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            ActiveTeams = await activeTeams.CountAsync(ct),
            TeamTarget = target?.TeamTarget ?? 0,
            VettedPeople = vettedPeople,
            PeopleTarget = target?.PeopleTarget ?? 0,
            Activities = groups.Sum(g => g.Count),
            ByForm = Tallies(live.Select(g => (g.Form, g.Count))),
            ByMode = Tallies(live.Select(g => (g.Mode, g.Count))),
            ByDomain = Tallies(live.Select(g => (g.Domain, g.Count))),
            ByStatus = Tallies(groups.Select(g => (g.Status, g.Count))),
            ServiceHours = hoursByUnion.Sum(h => h.Hours),
            RecordedHours = await lines.SumAsync(l => l.Hours, ct),
            VolunteersServed = await attendance.Select(a => a.VolunteerId).Union(lines.Select(l => l.VolunteerId)).CountAsync(ct),
            Beneficiaries = await activities.Where(a => a.Status != ActivityStatuses.Cancelled).SumAsync(a => a.Beneficiaries, ct),
            DonationValue = await db.Donations.Where(d => liveIds.Contains(d.ActivityId)).SumAsync(d => d.Value, ct),
            SpendingBySource = (await db.Spending.Where(s => liveIds.Contains(s.ActivityId))
                .GroupBy(s => s.Source).Select(g => new Amount(g.Key, g.Sum(s => s.Amount))).ToListAsync(ct))
                .OrderByDescending(a => a.Value).ToList(),
            IncidentsBySeverity = [.. incidents.OrderBy(t => t.Key, StringComparer.Ordinal)],
            UnclearedUpcoming = await db.Activities.CountAsync(a => (everywhere || ids!.Contains(a.UnionId))
                && (a.Status == ActivityStatuses.Planned || a.Status == ActivityStatuses.Submitted)
                && a.Cleared != true && a.StartsOn >= today && a.StartsOn <= today.AddDays(UpcomingDays), ct),
            OverdueRecords = await db.Activities.CountAsync(a => (everywhere || ids!.Contains(a.UnionId))
                && (a.Status == ActivityStatuses.InProgress || a.Status == ActivityStatuses.Completed) && a.EndsOn <= overdueEnd, ct),
            HoursByUnion = await RollUpAsync(scope, hoursByUnion.ToDictionary(h => h.Key, h => h.Hours), ct),
        };
    }

    private static List<Tally> Tallies(IEnumerable<(string Key, int Count)> counts) =>
        [.. counts.GroupBy(c => c.Key).Select(g => new Tally(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)];

    /// <summary>Hours of each union directly below the root, with everything below it added in.</summary>
    private async Task<List<Amount>> RollUpAsync(ReportScope scope, Dictionary<Guid, decimal> hours, CancellationToken ct)
    {
        if (scope.RootId is not { } root)
        {
            return [];
        }

        var tree = await db.Unions.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToListAsync(ct);
        var children = tree.ToLookup(u => u.ParentId);
        decimal Total(Guid id) => hours.GetValueOrDefault(id) + children[id].Sum(c => Total(c.Id));
        return [.. children[root].Select(c => new Amount(c.Name, Total(c.Id))).OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }
}

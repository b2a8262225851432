using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>Gathers a digest's content: figures now and for the period before, and the lists behind them.</summary>
public sealed class DigestComposer(
    ReportingDbContext db, FigureCalculator calculator, DigestPeriods periods, TimeProvider timeProvider,
    RecordingDeadline recording)
{
    private const int TopCount = 5;
    private const int ListCount = 20;

    public async Task<DigestContent> ComposeAsync(string kind, ReportScope scope, ReportPeriod period, CancellationToken ct)
    {
        var ids = scope.Unions?.ToList();
        var everywhere = ids is null;
        var today = CampaignClock.Today(timeProvider);
        var unionNames = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        string UnionName(Guid id) => unionNames.GetValueOrDefault(id, "");
        var inScope = db.Activities.Where(a => everywhere || ids!.Contains(a.UnionId));

        var teamHours = await db.AttendanceTotals
            .Where(t => (everywhere || ids!.Contains(t.UnionId)) && t.Day >= period.Start && t.Day <= period.End
                && t.TeamId != AttendanceTotal.NoTeam)
            .GroupBy(t => t.TeamId)
            .Select(g => new
            {
                TeamId = g.Key, Hours = g.Sum(t => t.Hours), Activities = g.Select(t => t.ActivityId).Distinct().Count(),
            })
            .OrderByDescending(x => x.Hours).ThenBy(x => x.TeamId).Take(TopCount)
            .Join(db.Teams, x => x.TeamId, t => t.Id, (x, t) => new { t.Name, t.UnionId, x.Hours, x.Activities })
            .ToListAsync(ct);
        var notable = await inScope
            .Where(a => a.StartsOn >= period.Start && a.StartsOn <= period.End && (a.Status == ActivityStatuses.Completed || a.Status == ActivityStatuses.Recorded))
            .OrderByDescending(a => a.Beneficiaries).ThenBy(a => a.StartsOn).Take(TopCount).ToListAsync(ct);
        var overdueEnd = recording.LatestOverdueEnd(today);
        var overdue = await inScope.Where(a => (a.Status == ActivityStatuses.InProgress || a.Status == ActivityStatuses.Completed) && a.EndsOn <= overdueEnd)
            .OrderBy(a => a.EndsOn).Take(ListCount).ToListAsync(ct);
        var uncleared = await inScope.Where(a => (a.Status == ActivityStatuses.Planned || a.Status == ActivityStatuses.Submitted)
                && a.Cleared != true && a.StartsOn >= today && a.StartsOn <= today.AddDays(7))
            .OrderBy(a => a.StartsOn).Take(ListCount).ToListAsync(ct);
        var incidents = await db.Incidents
            .Where(i => (everywhere || ids!.Contains(i.UnionId)) && i.OccurredAt >= period.StartsAt && i.OccurredAt < period.EndsBefore)
            .OrderBy(i => i.OccurredAt).Take(ListCount)
            .Select(i => new { i.UnionId, i.Severity, i.OccurredAt, i.ClosedAt, Activity = db.Activities.Where(a => a.Id == i.ActivityId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var cases = (await db.TypicalCases.AsNoTracking()
            .Where(c => (everywhere || ids!.Contains(c.UnionId)) && c.MarkedAt >= period.StartsAt && c.MarkedAt < period.EndsBefore)
            .OrderBy(c => c.MarkedAt).ToListAsync(ct))
            .Where(c => c.IsPublic).Take(TopCount);

        var awards = await DigestAwards.ForAsync(db, kind, scope, period, UnionName, ct);
        var figures = await calculator.ComputeAsync(scope, [period, periods.Previous(kind, period)], ct);
        ActivityLine Line(ActivityRow a, string note) => new(a.Name, UnionName(a.UnionId), a.Form, a.StartsOn, a.EndsOn, a.Beneficiaries, note);
        return new DigestContent(
            kind, scope.RootName, period.Start, period.End, timeProvider.GetUtcNow(),
            figures[0],
            figures[1],
            [.. teamHours.Select(t => new TeamLine(t.Name, UnionName(t.UnionId), t.Hours, t.Activities))],
            [.. notable.Select(a => Line(a, a.Summary))],
            [.. cases.Select(c => new CaseLine(c.ActivityName, UnionName(c.UnionId), c.Story, c.Innovation, c.Results))],
            [.. incidents.Select(i => new IncidentLine(i.Activity ?? "", UnionName(i.UnionId), i.Severity,
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(i.OccurredAt!.Value, CampaignClock.Zone).DateTime), i.ClosedAt != null))],
            [.. overdue.Select(a => Line(a, recording.DueOn(a.EndsOn).ToString("yyyy-MM-dd")))],
            [.. uncleared.Select(a => Line(a, string.Join(", ", a.ClearanceReasons)))],
            awards);
    }
}

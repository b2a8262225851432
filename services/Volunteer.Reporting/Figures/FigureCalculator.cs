using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Computes the figures from the read models with grouped queries, so the cost follows the number
/// of groups returned rather than the rows scanned in memory; what does not depend on the period is
/// counted once however many periods are asked (a digest asks for its period and the one before).
/// </summary>
public sealed class FigureCalculator(ReportingDbContext db, TimeProvider timeProvider, RecordingDeadline recording)
{
    private const int UpcomingDays = 7;

    public async Task<CampaignFigures> ComputeAsync(ReportScope scope, ReportPeriod period, CancellationToken ct) =>
        (await ComputeAsync(scope, [period], ct))[0];

    public async Task<IReadOnlyList<CampaignFigures>> ComputeAsync(
        ReportScope scope, IReadOnlyList<ReportPeriod> periods, CancellationToken ct)
    {
        var standing = await StandingAsync(scope, ct);
        var figures = new List<CampaignFigures>(periods.Count);
        foreach (var period in periods)
        {
            figures.Add(await new PeriodFigureQueries(db, scope, period).ComputeAsync(standing, ct));
        }

        return figures;
    }

    private async Task<StandingFigures> StandingAsync(ReportScope scope, CancellationToken ct)
    {
        var ids = scope.Unions?.ToList();
        var everywhere = ids is null;
        var today = CampaignClock.Today(timeProvider);
        var target = scope.RootId is { } rootId
            ? await db.UnionTargets.AsNoTracking().FirstOrDefaultAsync(t => t.UnionId == rootId, ct) : null;

        var activeTeams = db.Teams.Where(t => t.Status == TeamStatuses.Active
            && (everywhere || ids!.Contains(t.UnionId)));
        // Counted from the volunteers' side: one semi-join instead of sorting every membership for DISTINCT.
        var vettedPeople = await db.Volunteers.CountAsync(v => v.Vetting == "approved"
            && db.TeamMembers.Any(m => m.VolunteerId == v.Id && (m.LeftOn == null || m.JoinedOn > m.LeftOn)
                && activeTeams.Any(t => t.Id == m.TeamId)), ct);
        var overdueEnd = recording.LatestOverdueEnd(today);
        return new StandingFigures(
            await activeTeams.CountAsync(ct),
            target?.TeamTarget ?? 0,
            vettedPeople,
            target?.PeopleTarget ?? 0,
            await db.Activities.CountAsync(a => (everywhere || ids!.Contains(a.UnionId))
                && (a.Status == ActivityStatuses.Planned || a.Status == ActivityStatuses.Submitted)
                && a.Cleared != true && a.StartsOn >= today && a.StartsOn <= today.AddDays(UpcomingDays), ct),
            await db.Activities.CountAsync(a => (everywhere || ids!.Contains(a.UnionId))
                && (a.Status == ActivityStatuses.InProgress || a.Status == ActivityStatuses.Completed)
                && a.EndsOn <= overdueEnd, ct),
            await RollUpAsync(scope, ct));
    }

    private async Task<UnionRollUp> RollUpAsync(ReportScope scope, CancellationToken ct)
    {
        if (scope.RootId is null)
        {
            return UnionRollUp.None;
        }

        var tree = await db.Unions.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToListAsync(ct);
        return new UnionRollUp(scope.RootId, tree.ToLookup(u => u.ParentId, u => (u.Id, u.Name)));
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Records;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Commendation;

/// <summary>Commendation candidates from the year's service records, teams through their participants' lines.</summary>
public sealed class CommendationCandidates(
    ReportingDbContext db, ReportScopes scopes, TimeProvider timeProvider, RecordingDeadline recording)
{
    public const int MaxLimit = 200;
    private const int DefaultLimit = 20;
    private static readonly string[] Serious = ["serious", "critical"];

    public async Task<IReadOnlyList<CandidateFigures>> ListAsync(
        CandidateListing listing, PlatformCaller caller, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(caller, listing.UnionId, ct);
        var figures = await FiguresAsync(scope, listing.Teams, YearOf(listing.CampaignYear), ct);
        var limit = listing.Limit == 0 ? DefaultLimit : Math.Min(listing.Limit, MaxLimit);
        return CommendationRanking.Rank(figures, limit);
    }

    /// <summary>The campaign year asked for; 0 means this year.</summary>
    public int YearOf(int campaignYear) => campaignYear == 0 ? CampaignClock.Today(timeProvider).Year : campaignYear;

    /// <summary>Every team's or volunteer's figures for the year within the scope, unranked.</summary>
    public async Task<IReadOnlyList<CandidateFigures>> FiguresAsync(
        ReportScope scope, bool teams, int year, CancellationToken ct)
    {
        var ids = scope.Unions?.ToList();
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

        var lines = await db.ServiceLines.AsNoTracking()
            .Where(l => l.Day >= from && l.Day <= to)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.VolunteerId, l.ActivityId, l.Hours, l.RecordedAt, a.EndsOn, a.Beneficiaries })
            .GroupJoin(db.Participants, x => new { x.ActivityId, x.VolunteerId }, p => new { p.ActivityId, p.VolunteerId }, (x, p) => new { x, p })
            .SelectMany(g => g.p.DefaultIfEmpty(), (g, p) => new { g.x.VolunteerId, g.x.ActivityId, g.x.Hours, g.x.RecordedAt, g.x.EndsOn, g.x.Beneficiaries, TeamId = p == null ? null : p.TeamId })
            .ToListAsync(ct);
        var openSerious = (await db.Incidents.AsNoTracking().Where(i => i.ClosedAt == null && Serious.Contains(i.Severity)).Select(i => i.ActivityId).ToListAsync(ct)).ToHashSet();

        var owners = teams
            ? await db.Teams.AsNoTracking().Where(t => ids == null || ids.Contains(t.UnionId)).ToDictionaryAsync(t => t.Id, t => (t.Name, t.UnionId), ct)
            : await db.Volunteers.AsNoTracking().Where(v => ids == null || ids.Contains(v.UnionId)).ToDictionaryAsync(v => v.Id, v => (Masking.Name(v.Name), v.UnionId), ct);
        var figures = lines
            .Select(l => (Owner: teams ? l.TeamId : l.VolunteerId, Line: l))
            .Where(x => x.Owner is { } owner && owners.ContainsKey(owner))
            .GroupBy(x => x.Owner!.Value)
            .Select(g =>
            {
                var activities = g.GroupBy(x => x.Line.ActivityId).Select(a => a.First().Line).ToList();
                return new CandidateFigures(g.Key, owners[g.Key].Item1, owners[g.Key].UnionId, g.Sum(x => x.Line.Hours), activities.Count,
                    activities.Sum(a => a.Beneficiaries),
                    activities.Count(a => CampaignClock.DayOf(a.RecordedAt) <= recording.DueOn(a.EndsOn)),
                    activities.Count(a => openSerious.Contains(a.ActivityId)));
            });
        return [.. figures];
    }
}

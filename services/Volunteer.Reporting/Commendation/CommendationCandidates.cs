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
        var owners = await OwnersAsync(scope, teams, ct);
        var lines = await LinesAsync(year, ct);
        var openSerious = (await db.Incidents.AsNoTracking()
            .Where(i => i.ClosedAt == null && Serious.Contains(i.Severity))
            .Select(i => i.ActivityId).ToListAsync(ct)).ToHashSet();
        return
        [
            .. lines
                .Select(line => (Owner: teams ? line.TeamId : line.VolunteerId, Line: line))
                .Where(x => x.Owner is { } owner && owners.ContainsKey(owner))
                .GroupBy(x => x.Owner!.Value, x => x.Line)
                .Select(g => Figures(g.Key, owners[g.Key], [.. g], openSerious)),
        ];
    }

    private CandidateFigures Figures(
        Guid id, (string Name, Guid UnionId) owner, List<CandidateLine> lines, HashSet<Guid> openSerious)
    {
        var activities = lines.DistinctBy(l => l.ActivityId).ToList();
        return new CandidateFigures(id, owner.Name, owner.UnionId, lines.Sum(l => l.Hours), activities.Count,
            activities.Sum(a => a.Beneficiaries),
            activities.Count(a => CampaignClock.DayOf(a.RecordedAt) <= recording.DueOn(a.EndsOn)),
            activities.Count(a => openSerious.Contains(a.ActivityId)));
    }

    /// <summary>The teams or volunteers of the scope, by id, with the name shown (a volunteer's masked).</summary>
    private async Task<Dictionary<Guid, (string Name, Guid UnionId)>> OwnersAsync(
        ReportScope scope, bool teams, CancellationToken ct)
    {
        var ids = scope.Unions?.ToList();
        return teams
            ? await db.Teams.AsNoTracking().Where(t => ids == null || ids.Contains(t.UnionId))
                .ToDictionaryAsync(t => t.Id, t => (t.Name, t.UnionId), ct)
            : await db.Volunteers.AsNoTracking().Where(v => ids == null || ids.Contains(v.UnionId))
                .ToDictionaryAsync(v => v.Id, v => (Masking.Name(v.Name), v.UnionId), ct);
    }

    /// <summary>The year's service lines with their activity's figures and the team the volunteer served in.</summary>
    private Task<List<CandidateLine>> LinesAsync(int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return (
            from line in db.ServiceLines.AsNoTracking()
            where line.Day >= first && line.Day <= last
            join activity in db.Activities on line.ActivityId equals activity.Id
            join participant in db.Participants
                on new { line.ActivityId, line.VolunteerId }
                equals new { participant.ActivityId, participant.VolunteerId } into taking
            from participant in taking.DefaultIfEmpty()
            select new CandidateLine(line.VolunteerId, line.ActivityId, line.Hours, line.RecordedAt, activity.EndsOn,
                activity.Beneficiaries, participant == null ? null : participant.TeamId)
        ).ToListAsync(ct);
    }
}

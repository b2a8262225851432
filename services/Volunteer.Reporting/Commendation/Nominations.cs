using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Records;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Commendation;

/// <summary>
/// Unions put teams and volunteers forward for commendation, with the candidate figures of the caller's
/// scope attached; one live nomination per team or person, year and kind; withdrawable until decided.
/// </summary>
public sealed class Nominations(
    ReportingDbContext db, ReportScopes scopes, CommendationCandidates candidates, TimeProvider timeProvider)
{
    public async Task<NominationRow> NominateAsync(NewNomination given, PlatformCaller caller, CancellationToken ct)
    {
        // The edge found the team or volunteer within the caller's reach: a replay is looked up by it.
        if (await db.Nominations.AsNoTracking().FirstOrDefaultAsync(
                n => n.SubjectId == given.SubjectId && n.RequestId == given.RequestId, ct) is { } earlier)
        {
            return earlier;
        }

        var year = candidates.YearOf(given.CampaignYear);
        var (subjectName, unionId) = await SubjectAsync(given, ct);
        if (await db.Nominations.AnyAsync(n => n.SubjectId == given.SubjectId && n.CampaignYear == year
                && n.Team == given.Team && n.Status != NominationStatuses.Withdrawn, ct))
        {
            throw new AlreadyExistsException(ResourceTypes.Nomination, given.SubjectId.ToString(),
                $"该{(given.Team ? "服务分队" : "志愿者")}已有{year}年度的提名，撤回后才能再次提名。");
        }

        var scope = await scopes.ResolveAsync(caller, null, ct);
        var all = await candidates.FiguresAsync(scope, given.Team, year, ct);
        var ranked = CommendationRanking.Rank(all, CommendationCandidates.MaxLimit);
        var rank = ranked.Select((c, i) => (c.Id, Rank: i + 1)).FirstOrDefault(c => c.Id == given.SubjectId).Rank;
        if (rank == 0 && given.Reason.Length == 0)
        {
            throw new InvalidRequestException([new FieldProblem("reason", "不在候选名单中的提名须说明理由")]);
        }

        var figures = all.FirstOrDefault(c => c.Id == given.SubjectId);
        var nomination = new NominationRow
        {
            Id = Guid.CreateVersion7(), CampaignYear = year, Team = given.Team, SubjectId = given.SubjectId,
            SubjectName = subjectName, UnionId = unionId, Rank = rank, Hours = figures?.Hours ?? 0,
            Activities = figures?.Activities ?? 0, Beneficiaries = figures?.Beneficiaries ?? 0,
            OnTimeShare = figures?.OnTimeShare ?? 0, OpenSeriousIncidents = figures?.OpenSeriousIncidents ?? 0,
            Reason = given.Reason, Status = NominationStatuses.Nominated, NominatedBy = caller.Subject,
            NominatedAt = timeProvider.GetUtcNowForDatabase(), RequestId = given.RequestId,
        };
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(ct);
        return nomination;
    }

    public async Task<NominationRow> WithdrawAsync(Guid nominationId, CancellationToken ct)
    {
        var nomination = await db.Nominations.FirstAsync(n => n.Id == nominationId, ct);
        if (nomination.Status == NominationStatuses.Withdrawn)
        {
            return nomination;
        }

        if (nomination.Status != NominationStatuses.Nominated)
        {
            throw new RuleBrokenException("NOMINATION_DECIDED", nomination.Id.ToString(), "提名已有决定，不能撤回。");
        }

        nomination.Status = NominationStatuses.Withdrawn;
        await db.SaveChangesAsync(ct);
        return nomination;
    }

    public async Task<(List<NominationRow> Page, string NextPageToken)> ListAsync(
        NominationListing listing, PlatformCaller caller, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(caller, listing.UnionId, ct);
        var ids = scope.Unions?.ToList();
        var year = candidates.YearOf(listing.CampaignYear);
        var query = db.Nominations.AsNoTracking().Where(n => n.CampaignYear == year
            && (ids == null || ids.Contains(n.UnionId)) && (listing.Status == null || n.Status == listing.Status));
        if (listing.Paging.After is { } last)
        {
            query = query.Where(n => n.Id.CompareTo(last) < 0);
        }

        var rows = await query.OrderByDescending(n => n.Id).Take(listing.Paging.Size + 1).ToListAsync(ct);
        return listing.Paging.Cut(rows, n => n.Id);
    }

    private async Task<(string Name, Guid UnionId)> SubjectAsync(NewNomination given, CancellationToken ct)
    {
        var found = given.Team
            ? await db.Teams.AsNoTracking().Where(t => t.Id == given.SubjectId)
                .Select(t => new { t.Name, t.UnionId }).FirstOrDefaultAsync(ct)
            : await db.Volunteers.AsNoTracking().Where(v => v.Id == given.SubjectId)
                .Select(v => new { v.Name, v.UnionId }).FirstOrDefaultAsync(ct);
        return found is null
            ? throw new NotFoundException(given.Team ? ResourceTypes.Team : ResourceTypes.StaffVolunteer,
                given.SubjectId.ToString())
            : (given.Team ? found.Name : Masking.Name(found.Name), found.UnionId);
    }
}

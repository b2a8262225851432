using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Cases;

/// <summary>Typical experience (典型经验, program §五(三)): a union puts a completed activity forward, once.</summary>
public sealed class TypicalCases(ReportingDbContext db, ReportScopes scopes, TimeProvider timeProvider)
{
    public async Task<TypicalCaseRow> MarkAsync(CaseNomination nomination, PlatformCaller caller, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == nomination.ActivityId && a.Name != "", ct)
            ?? throw new NotFoundException(ResourceTypes.Activity, nomination.ActivityId.ToString());
        // Keyed by the activity's union, which the edge has found within the caller's reach.
        if (await db.TypicalCases.AsNoTracking().FirstOrDefaultAsync(
                c => c.UnionId == activity.UnionId && c.RequestId == nomination.RequestId, ct) is { } earlier)
        {
            return earlier;
        }

        if (activity.Status is not (ActivityStatuses.Completed or ActivityStatuses.Recorded))
        {
            throw new RuleBrokenException("ACTIVITY_NOT_COMPLETED", activity.Id.ToString(), "只有已结束的活动才能作为典型案例。");
        }

        if (await db.TypicalCases.AnyAsync(c => c.ActivityId == activity.Id, ct))
        {
            throw new AlreadyExistsException("volunteer.reporting.v1.TypicalCase", activity.Id.ToString(),
                "该活动已是典型案例。");
        }

        var consent = nomination.Consent;
        var typical = new TypicalCaseRow
        {
            Id = Guid.CreateVersion7(), ActivityId = activity.Id, UnionId = activity.UnionId, ActivityName = activity.Name,
            Story = nomination.Story, Innovation = nomination.Innovation, Results = nomination.Results,
            VolunteersNamed = consent.VolunteersNamed, VolunteersPictured = consent.VolunteersPictured,
            BeneficiariesNamed = consent.BeneficiariesNamed, BeneficiariesPictured = consent.BeneficiariesPictured,
            MarkedAt = timeProvider.GetUtcNowForDatabase(), MarkedBy = caller.Subject, RequestId = nomination.RequestId,
        };
        db.TypicalCases.Add(typical);
        await db.SaveChangesAsync(ct);
        return typical;
    }

    public async Task<(List<TypicalCaseRow> Page, string NextPageToken)> ListAsync(
        Guid? unionId, IdPage paging, PlatformCaller caller, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(caller, unionId, ct);
        var ids = scope.Unions?.ToList();
        var query = db.TypicalCases.AsNoTracking().Where(c => ids == null || ids.Contains(c.UnionId));
        if (paging.After is { } last)
        {
            query = query.Where(c => c.Id.CompareTo(last) < 0);
        }

        return paging.Cut(await query.OrderByDescending(c => c.Id).Take(paging.Size + 1).ToListAsync(ct), c => c.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Grpc;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Cases;

/// <summary>Typical experience (典型经验, program §五(三)): a union puts a completed activity forward, once.</summary>
public sealed class TypicalCases(ReportingDbContext db, ReportScopes scopes, TimeProvider timeProvider)
{
    public async Task<Proto.TypicalCase> MarkAsync(Proto.MarkTypicalCaseRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var story = FieldRules.Text(request.Story, 2000, "story", violations);
        var innovation = FieldRules.Text(request.Innovation, 1000, "innovation", violations);
        var results = FieldRules.Text(request.Results, 1000, "results", violations);
        violations.ThrowIfAny();
        var activity = await db.Activities.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == activityId && a.Name != "", ct)
            ?? throw new NotFoundException(ResourceTypes.Activity, request.ActivityId);
        // Keyed by the activity's union, which the edge has found within the caller's reach.
        if (await db.TypicalCases.AsNoTracking()
                .FirstOrDefaultAsync(c => c.UnionId == activity.UnionId && c.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToProto();
        }

        if (activity.Status is not (ActivityStatuses.Completed or ActivityStatuses.Recorded))
        {
            throw new RuleBrokenException("ACTIVITY_NOT_COMPLETED", activity.Id.ToString(), "Only a completed activity can be a typical case.");
        }

        if (await db.TypicalCases.AnyAsync(c => c.ActivityId == activity.Id, ct))
        {
            throw new AlreadyExistsException("volunteer.reporting.v1.TypicalCase", activity.Id.ToString(), "The activity is already a typical case.");
        }

        var consent = request.Consent ?? new Proto.CaseConsent();
        var typical = new TypicalCaseRow
        {
            Id = Guid.CreateVersion7(), ActivityId = activity.Id, UnionId = activity.UnionId, ActivityName = activity.Name,
            Story = story, Innovation = innovation, Results = results,
            VolunteersNamed = consent.VolunteersNamed, VolunteersPictured = consent.VolunteersPictured,
            BeneficiariesNamed = consent.BeneficiariesNamed, BeneficiariesPictured = consent.BeneficiariesPictured,
            MarkedAt = timeProvider.GetUtcNowForDatabase(), MarkedBy = caller.Subject, RequestId = requestId,
        };
        db.TypicalCases.Add(typical);
        await db.SaveChangesAsync(ct);
        return typical.ToProto();
    }

    public async Task<Proto.ListTypicalCasesResponse> ListAsync(Proto.ListTypicalCasesRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        FieldRules.OptionalText(request.PageToken, RequestLimits.PageToken, "page_token", violations);
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        var scope = await scopes.ResolveAsync(caller, unionId, ct);
        var ids = scope.Unions?.ToList();
        var query = db.TypicalCases.AsNoTracking().Where(c => ids == null || ids.Contains(c.UnionId));
        if (paging.After is { } last)
        {
            query = query.Where(c => c.Id.CompareTo(last) < 0);
        }

        var (page, next) = paging.Cut(await query.OrderByDescending(c => c.Id).Take(paging.Size + 1).ToListAsync(ct), c => c.Id);
        return new Proto.ListTypicalCasesResponse { Cases = { page.Select(c => c.ToProto()) }, NextPageToken = next };
    }
}

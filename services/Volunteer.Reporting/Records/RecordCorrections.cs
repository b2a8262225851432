using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Grpc;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Correction requests (§12–13): the volunteer (or an admin for them) files one with a reason; an admin
/// of the volunteer's union resolves it once, saying what was done. The fix itself happens in the
/// service owning the data and reaches the record through its events.
/// </summary>
public sealed class RecordCorrections(ReportingDbContext db, RecordAccess access, TimeProvider timeProvider)
{
    private const int ReasonLength = 500;

    public async Task<Proto.RecordCorrection> RequestAsync(Proto.RequestRecordCorrectionRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var activityId = violations.Id(request.ActivityId, "activity_id", required: false);
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations);
        violations.ThrowIfAny();
        var volunteer = await access.LoadAsync(volunteerId!.Value, ct);
        // Keyed by the volunteer, whom the edge has let this caller act for: a replay returns only their request.
        if (await db.Corrections.AsNoTracking()
                .FirstOrDefaultAsync(c => c.VolunteerId == volunteer.Id && c.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToProto();
        }

        var correction = new CorrectionRow
        {
            Id = Guid.CreateVersion7(), VolunteerId = volunteer.Id, UnionId = volunteer.UnionId, ActivityId = activityId, Reason = reason,
            Status = CorrectionMapping.Open, RequestedAt = timeProvider.GetUtcNowForDatabase(), RequestedBy = caller.Subject, RequestId = requestId,
        };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction.ToProto();
    }

    public async Task<Proto.RecordCorrection> ResolveAsync(Proto.ResolveRecordCorrectionRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.CorrectionId, "correction_id");
        var resolution = FieldRules.Text(request.Resolution, ReasonLength, "resolution", violations);
        violations.ThrowIfAny();
        var correction = await db.Corrections.FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(ResourceTypes.RecordCorrection, request.CorrectionId);
        if (correction.Status != CorrectionMapping.Open)
        {
            throw new RuleBrokenException("CORRECTION_ALREADY_RESOLVED", correction.Id.ToString(), "The correction request was already resolved.");
        }

        correction.Status = request.Accepted ? CorrectionMapping.Accepted : CorrectionMapping.Rejected;
        correction.Resolution = resolution;
        correction.ResolvedAt = timeProvider.GetUtcNowForDatabase();
        correction.ResolvedBy = caller.Subject;
        await db.SaveChangesAsync(ct);
        return correction.ToProto();
    }

    public async Task<Proto.ListRecordCorrectionsResponse> ListAsync(
        Proto.ListRecordCorrectionsRequest request, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        FieldRules.OptionalText(request.PageToken, RequestLimits.PageToken, "page_token", violations);
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        await access.LoadAsync(volunteerId!.Value, ct);
        var query = db.Corrections.AsNoTracking().Where(c => c.VolunteerId == volunteerId);
        if (paging.After is { } last)
        {
            // Ids are time-ordered (version 7), so newest first is descending id.
            query = query.Where(c => c.Id.CompareTo(last) < 0);
        }

        var (page, next) = paging.Cut(await query.OrderByDescending(c => c.Id).Take(paging.Size + 1).ToListAsync(ct), c => c.Id);
        return new Proto.ListRecordCorrectionsResponse { Corrections = { page.Select(c => c.ToProto()) }, NextPageToken = next };
    }
}

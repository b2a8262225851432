using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Correction requests (§12–13): the volunteer (or an admin for them) files one with a reason; an admin
/// of the volunteer's union resolves it once, saying what was done. The fix itself happens in the
/// service owning the data and reaches the record through its events: a correction of attendance that
/// names the request (activity's CorrectAttendance) accepts it with its reason when it arrives.
/// </summary>
public sealed class RecordCorrections(ReportingDbContext db, RecordAccess access, TimeProvider timeProvider)
{
    public async Task<CorrectionRow> RequestAsync(CorrectionFiling filing, PlatformCaller caller, CancellationToken ct)
    {
        var volunteer = await access.LoadAsync(filing.VolunteerId, ct);
        // Keyed by the volunteer, whom the edge has let this caller act for: a replay returns only their request.
        if (await db.Corrections.AsNoTracking()
                .FirstOrDefaultAsync(c => c.VolunteerId == volunteer.Id && c.RequestId == filing.RequestId, ct) is { } earlier)
        {
            return earlier;
        }

        var correction = new CorrectionRow
        {
            Id = Guid.CreateVersion7(), VolunteerId = volunteer.Id, UnionId = volunteer.UnionId,
            ActivityId = filing.ActivityId, Reason = filing.Reason, Status = CorrectionMapping.Open,
            RequestedAt = timeProvider.GetUtcNowForDatabase(), RequestedBy = caller.Subject,
            RequestId = filing.RequestId,
        };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    public async Task<CorrectionRow> ResolveAsync(
        CorrectionResolution resolution, PlatformCaller caller, CancellationToken ct)
    {
        var correction = await db.Corrections.FirstOrDefaultAsync(c => c.Id == resolution.CorrectionId, ct)
            ?? throw new NotFoundException(ResourceTypes.RecordCorrection, resolution.CorrectionId.ToString());
        correction.Resolve(
            resolution.Accepted, resolution.Resolution, caller.Subject, timeProvider.GetUtcNowForDatabase());
        await db.SaveChangesAsync(ct);
        return correction;
    }

    public async Task<(List<CorrectionRow> Page, string NextPageToken)> ListAsync(
        Guid volunteerId, IdPage paging, CancellationToken ct)
    {
        await access.LoadAsync(volunteerId, ct);
        var query = db.Corrections.AsNoTracking().Where(c => c.VolunteerId == volunteerId);
        if (paging.After is { } last)
        {
            // Ids are time-ordered (version 7), so newest first is descending id.
            query = query.Where(c => c.Id.CompareTo(last) < 0);
        }

        return paging.Cut(await query.OrderByDescending(c => c.Id).Take(paging.Size + 1).ToListAsync(ct), c => c.Id);
    }
}

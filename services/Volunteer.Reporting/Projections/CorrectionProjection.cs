using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Corrections of attendance (national rules §12–13). AttendanceRecorded of the same revision has set the
/// day's hours, so figures follow by themselves; here the record follows a correction made after recording,
/// the volunteer's request it answers is accepted with its reason, and digests that already counted the
/// day are marked amended (their stored content stays as produced; versions of digests are issue 18's).
/// </summary>
public sealed class CorrectionProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(AttendanceCorrected e, CancellationToken ct)
    {
        var day = await db.Attendance.FindOrAddAsync([e.AttendanceId], () => new AttendanceRow
        {
            Id = e.AttendanceId, ActivityId = e.ActivityId, VolunteerId = e.VolunteerId, Day = e.Day,
        }, ct);
        if (e.Revision >= day.Revision)
        {
            // A correction recounts the day: an approval of the earlier version no longer holds.
            day.Approved = false;
            if (e.AfterRecording)
            {
                await RecordLines.SetAsync(db, day, day.Counts, e.CorrectedAt, ct);
            }
        }

        await AcceptRequestAsync(e, ct);
        await MarkDigestsAsync(e, ct);
    }

    private async Task AcceptRequestAsync(AttendanceCorrected e, CancellationToken ct)
    {
        if (e.RecordCorrectionId is not { } id || await db.Corrections.FindAsync([id], ct) is not { } request)
        {
            return;
        }

        // Only a request of this volunteer about this activity or the record as a whole, and only once.
        if (request.IsOpen && request.VolunteerId == e.VolunteerId
            && (request.ActivityId ?? e.ActivityId) == e.ActivityId)
        {
            request.Resolve(accepted: true, e.Reason, e.CorrectedBy, e.CorrectedAt);
            db.Entry(request).State = EntityState.Modified;
        }
    }

    private async Task MarkDigestsAsync(AttendanceCorrected e, CancellationToken ct)
    {
        var scopes = new List<string> { Digests.DigestProducer.Province };
        for (Guid? union = e.UnionId; union is { } id && !scopes.Contains(id.ToString());)
        {
            scopes.Add(id.ToString());
            union = (await db.Unions.FindAsync([id], ct))?.ParentId;
        }

        var stale = await db.Digests
            .Where(d => scopes.Contains(d.ScopeKey) && d.PeriodStart <= e.Day && d.PeriodEnd >= e.Day
                && d.ProducedAt < e.CorrectedAt && (d.AmendedAt == null || d.AmendedAt < e.CorrectedAt))
            .ToListAsync(ct);
        foreach (var digest in stale)
        {
            digest.AmendedAt = e.CorrectedAt;
            db.Entry(digest).State = EntityState.Modified;
        }
    }
}

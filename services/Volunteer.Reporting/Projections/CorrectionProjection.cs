using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Corrections of attendance (national rules §12–13). AttendanceRecorded of the same revision has set the
/// day's hours, so figures follow by themselves; here the record follows a correction made after recording,
/// the volunteer's request it answers is accepted with its reason, and digests that already counted the
/// day are marked for a new version (their stored content stays as produced).
/// </summary>
public sealed class CorrectionProjection(ReportingDbContext db, DigestStaleness staleness)
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
        staleness.Note(e.UnionId, e.Day, e.Day, e.CorrectedAt);
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
}

using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// A recorded activity's service line of one volunteer and day, changed after recording: a day counts on
/// the record with its hours, as activity's recording counts it, or leaves the record while it does not.
/// </summary>
internal static class RecordLines
{
    public static async Task SetAsync(ReportingDbContext db, AttendanceRow day, bool counts, DateTimeOffset recordedAt,
        CancellationToken ct)
    {
        var line = await db.ServiceLines.FindOrAddAsync([day.ActivityId, day.VolunteerId, day.Day],
            () => new ServiceLine { ActivityId = day.ActivityId, VolunteerId = day.VolunteerId, Day = day.Day }, ct);
        if (!counts || day.Hours <= 0)
        {
            db.ServiceLines.Remove(line);
            return;
        }

        line.UnionId = day.UnionId;
        line.Hours = day.Hours;
        line.RecordedAt = recordedAt;
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Attendance;

/// <summary>An activity's attendance in check-in order; a volunteer who is not a lead sees only their own days.</summary>
public sealed class AttendanceListing(ActivityDbContext db, ActivityAccess access)
{
    public async Task<(List<AttendanceDay> Page, string NextPageToken)> ListAsync(
        Guid activityId, IdPage paging, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(activityId, cancellationToken);
        var days = db.Attendance.AsNoTracking().Include(a => a.Corrections).Where(a => a.ActivityId == activity.Id);
        if (!ActivityAccess.IsUnionReader(caller) && !await access.IsLeadAsync(caller, activity, cancellationToken))
        {
            var self = ActivityAccess.VolunteerId(caller);
            days = days.Where(a => a.VolunteerId == self);
        }

        if (paging.After is { } after)
        {
            days = days.Where(a => a.Id.CompareTo(after) > 0);
        }

        var rows = await days.OrderBy(a => a.Id).Take(paging.Size + 1).ToListAsync(cancellationToken);
        return paging.Cut(rows, a => a.Id);
    }
}

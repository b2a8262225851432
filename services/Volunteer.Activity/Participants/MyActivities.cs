using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Participants;

/// <summary>A volunteer's own activities with their hours there (their own data only).</summary>
public sealed class MyActivities(ActivityDbContext db)
{
    private static readonly HoursStatus[] CountingStatuses = [HoursStatus.Counted, HoursStatus.Approved];
    private static readonly HoursStatus[] PendingStatuses = [HoursStatus.AwaitingOrganiser, HoursStatus.AwaitingProvince];

    public async Task<MyActivitiesPage> ListAsync(
        IdPage paging, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var self = ActivityAccess.VolunteerId(caller)
            ?? throw new AccessDeniedException("VOLUNTEER_ROLE_REQUIRED", "只有志愿者和队长才有本人参加的活动。");

        var mine = db.Participants.AsNoTracking().Where(p => p.VolunteerId == self);
        if (paging.After is { } after)
        {
            mine = mine.Where(p => p.ActivityId.CompareTo(after) > 0);
        }

        var rows = await mine.OrderBy(p => p.ActivityId).Take(paging.Size + 1)
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => new
            {
                p.ActivityId, a.Name, a.StartsOn, a.EndsOn, ActivityStatus = a.Status, Participation = p.Status,
                Counted = db.Attendance.Where(d => d.ActivityId == a.Id && d.VolunteerId == self && CountingStatuses.Contains(d.HoursStatus)).Sum(d => d.Hours),
                Pending = db.Attendance.Where(d => d.ActivityId == a.Id && d.VolunteerId == self && PendingStatuses.Contains(d.HoursStatus)).Sum(d => d.Hours),
            })
            .ToListAsync(cancellationToken);
        var (page, next) = paging.Cut(rows, r => r.ActivityId);
        var total = await db.Attendance.Where(d => d.VolunteerId == self && CountingStatuses.Contains(d.HoursStatus)).SumAsync(d => d.Hours, cancellationToken);
        var activities = page.Select(r => new MyActivity(
            r.ActivityId, r.Name, r.StartsOn, r.EndsOn, r.ActivityStatus, r.Participation, r.Counted, r.Pending));
        return new MyActivitiesPage([.. activities], next, total);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// What a check-out reads, in one untracked statement: the day, to be attached since the check-out changes
/// it, and its activity without participants (a check-out needs neither them nor the day's corrections).
/// </summary>
public sealed record CheckOutSubject(AttendanceDay Day, ServiceActivity Activity)
{
    public static readonly Func<ActivityDbContext, Guid, CancellationToken, Task<CheckOutSubject?>> Find =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid attendanceId, CancellationToken _) =>
            db.Attendance.AsNoTracking().Where(d => d.Id == attendanceId)
                .Join(db.Activities, d => d.ActivityId, a => a.Id, (d, a) => new CheckOutSubject(d, a))
                .FirstOrDefault());
}

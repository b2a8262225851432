using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// What taking attendance and reviewing it share: finding a day, counting its span, and announcing
/// every change with a growing revision (check-in 1, check-out and each correction one more), so
/// consumers keep the highest.
/// </summary>
public sealed class AttendanceDays(
    ActivityDbContext db, TimeProvider timeProvider, IOptions<AttendanceSettings> settings)
{
    public const string ResourceType = "volunteer.activity.v1.Attendance";

    private static readonly TimeSpan ClockDrift = TimeSpan.FromMinutes(5);

    public async Task<(AttendanceDay Day, ServiceActivity Activity)> FindAsync(string id, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var attendanceId = violations.Id(id, "attendance_id");
        violations.ThrowIfAny();
        var attendance = await db.Attendance.Include(a => a.Corrections).FirstOrDefaultAsync(a => a.Id == attendanceId, cancellationToken)
            ?? throw new NotFoundException(ResourceType, id);
        return (attendance, await db.FindActivityAsync(attendance.ActivityId.ToString(), "attendance_id", cancellationToken));
    }

    /// <summary>
    /// Closes the span and counts it against the person's other service hours that day (INVALID_ARGUMENT
    /// naming the field when it cannot be counted).
    /// </summary>
    public async Task CountAsync(ServiceActivity activity, AttendanceDay attendance, DateTimeOffset checkedInAt,
        DateTimeOffset checkedOutAt, int travelMinutes, CancellationToken cancellationToken)
    {
        if (HoursRule.SpanProblem(checkedInAt, checkedOutAt, travelMinutes) is { } problem)
        {
            var field = problem == HoursRule.TravelOutsideSpan ? "travel_minutes" : "check_out_time";
            new FieldViolations().Add(field, problem).ThrowIfAny();
        }

        // The person's day is claimed before their other hours are read, so a count that read them
        // before another one committed conflicts on the claim and is run again.
        await ClaimDayAsync(attendance, cancellationToken);
        attendance.CheckedInAt = checkedInAt;
        attendance.CheckedOutAt = checkedOutAt;
        attendance.TravelMinutes = travelMinutes;
        (attendance.Hours, attendance.HoursStatus) = DailyHoursRules.Count(
            HoursRule.Hours(checkedInAt, checkedOutAt, travelMinutes),
            await ElsewhereHoursAsync(attendance, cancellationToken),
            activity.MeetingDays.Contains(attendance.Day));
        attendance.Revision++;
    }

    private async Task ClaimDayAsync(AttendanceDay attendance, CancellationToken cancellationToken)
    {
        var day = await db.VolunteerDays.FindAsync([attendance.VolunteerId, attendance.Day], cancellationToken);
        if (day is null)
        {
            day = new VolunteerDay { VolunteerId = attendance.VolunteerId, Day = attendance.Day };
            db.VolunteerDays.Add(day);
        }

        day.Counts++;
    }

    private Task<decimal> ElsewhereHoursAsync(AttendanceDay attendance, CancellationToken cancellationToken) =>
        db.Attendance.Where(a => a.VolunteerId == attendance.VolunteerId && a.Day == attendance.Day
                && a.Id != attendance.Id && a.HoursStatus != HoursStatus.Open
                && a.HoursStatus != HoursStatus.NotService)
            .SumAsync(a => a.Hours, cancellationToken);

    public void Announce(ServiceActivity activity, AttendanceDay attendance) =>
        db.AddIntegrationEvent(Recorded(activity, attendance));

    public AttendanceRecorded Recorded(ServiceActivity activity, AttendanceDay attendance) =>
        new(attendance.Id, activity.Id, attendance.VolunteerId, activity.UnionId, attendance.Day,
            attendance.CheckedInAt, attendance.CheckedOutAt, attendance.Hours, EventNames.Of(attendance.HoursStatus),
            attendance.Revision, timeProvider.GetUtcNowForDatabase());

    /// <summary>
    /// When a day was opened or closed; absent is now. Attendance is taken as it happens: an instant ahead
    /// of the clock (beyond a few minutes of device clock drift) is a violation of the field, and a
    /// volunteer's own is the present time (within the configured tolerance), since earlier times are
    /// corrected by a lead with a reason.
    /// </summary>
    public DateTimeOffset Taken(DateTimeOffset? given, string field, FieldViolations violations, bool selfService)
    {
        var now = timeProvider.GetUtcNowForDatabase();
        if (given is not { } instant)
        {
            return now;
        }

        var tolerance = settings.Value.SelfServiceTolerance;
        if (selfService && (instant - now).Duration() > tolerance)
        {
            violations.Add(field, $"志愿者本人签到、签退须为当前时间（误差{tolerance.TotalMinutes:0}分钟以内）；"
                + "更早的时间由队长或管理员通过更正考勤（CorrectAttendance）补录");
        }
        else if (instant > now + ClockDrift)
        {
            violations.Add(field, "不能晚于当前时间");
        }

        return instant;
    }
}

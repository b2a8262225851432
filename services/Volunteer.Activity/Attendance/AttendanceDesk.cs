using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// Check-in and check-out per participant and day: by the volunteer at the present time, by a captain of a
/// participating team, or by the organising union's admins recording past days.
/// </summary>
public sealed class AttendanceDesk(
    ActivityDbContext db, AttendanceDays days, ActivityAccess access, OutboxWriter outbox, CheckedThings checkedThings)
{
    public async Task<AttendanceDay> CheckInAsync(
        ValidCheckIn request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var volunteerId = request.VolunteerId;
        var (activity, answer) = await CheckInSubject.FindAsync(
                db, checkedThings, request.ActivityId, volunteerId, cancellationToken)
            ?? throw new NotFoundException(ServiceActivity.ResourceType, request.ActivityId.ToString());
        await DemandAttendanceTakerAsync(caller, activity, volunteerId, cancellationToken);
        DemandInProgress(activity);
        if (answer != ParticipantStatus.Confirmed)
        {
            throw new RuleBrokenException("NOT_CONFIRMED", $"volunteer/{volunteerId}", "只有已确认参加的志愿者才能签到。");
        }

        var violations = new FieldViolations();
        var selfService = ActivityAccess.VolunteerId(caller) == volunteerId;
        var checkedInAt = days.Taken(request.CheckInTime, "check_in_time", violations, selfService);
        var day = HoursRule.DayOf(checkedInAt);
        if (day < activity.StartsOn || day > activity.EndsOn)
        {
            violations.Add("check_in_time", $"签到日期{day:yyyy-MM-dd}（北京时间）不在活动日期之内");
        }

        if (activity.Online ? request.Evidence is null : request.Place is null)
        {
            violations.Add(activity.Online ? "evidence" : "place",
                activity.Online ? "线上活动须提供签到凭证" : FieldTexts.Required);
        }

        violations.ThrowIfAny();
        var attendance = new AttendanceDay
        {
            Id = Guid.CreateVersion7(),
            ActivityId = activity.Id,
            VolunteerId = volunteerId,
            Day = day,
            CheckedInAt = checkedInAt,
            Place = activity.Online ? null : request.Place,
            Evidence = request.Evidence,
        };
        // The person's day at the activity is unique: a repeated or concurrent check-in of it writes nothing.
        if (!await outbox.InsertIfAbsentAsync(attendance, days.Recorded(activity, attendance), cancellationToken))
        {
            throw new AlreadyExistsException(
                AttendanceDays.ResourceType, $"{activity.Id}/{volunteerId}/{day:yyyy-MM-dd}",
                "该志愿者当天已签到，如需调整请更正当天记录。");
        }

        return attendance;
    }

    public async Task<AttendanceDay> CheckOutAsync(
        ValidCheckOut request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        // The edge has checked the id and that the day exists within the caller's reach.
        var (attendance, activity) = await CheckOutSubject.Find(db, Guid.Parse(request.AttendanceId), cancellationToken)
            ?? throw new NotFoundException(AttendanceDays.ResourceType, request.AttendanceId);
        db.Attendance.Attach(attendance);
        await DemandAttendanceTakerAsync(caller, activity, attendance.VolunteerId, cancellationToken);
        DemandInProgress(activity);
        if (attendance.HoursStatus != HoursStatus.Open)
        {
            throw new RuleBrokenException("CHECKED_OUT", $"{AttendanceDays.ResourceType}/{attendance.Id}",
                "当天已签退，如需调整请更正当天记录。");
        }

        var selfService = ActivityAccess.VolunteerId(caller) == attendance.VolunteerId;
        var violations = new FieldViolations();
        var checkedOutAt = days.Taken(request.CheckOutTime, "check_out_time", violations, selfService);
        violations.ThrowIfAny();
        await days.CountAsync(
            activity, attendance, attendance.CheckedInAt, checkedOutAt, request.TravelMinutes, cancellationToken);
        days.Announce(activity, attendance);
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    // An admin of the organising union (its reach was checked at the edge) records days as the
    // organisation's backfill (补录); otherwise the volunteer themself or a captain of a participating team.
    private async Task DemandAttendanceTakerAsync(
        PlatformCaller caller, ServiceActivity activity, Guid volunteerId, CancellationToken cancellationToken)
    {
        if (!ActivityAccess.IsAdmin(caller) && ActivityAccess.VolunteerId(caller) != volunteerId
            && (await access.CaptainedAsync(caller, activity.TeamIds, cancellationToken)).Count == 0)
        {
            throw new AccessDeniedException("NOT_VOLUNTEER_OR_CAPTAIN",
                "只有志愿者本人、参加服务队的队长或组织活动的工会可以登记考勤。");
        }
    }

    private static void DemandInProgress(ServiceActivity activity)
    {
        if (activity.Status != ActivityStatus.InProgress)
        {
            throw new RuleBrokenException("NOT_IN_PROGRESS", $"{ServiceActivity.ResourceType}/{activity.Id}",
                $"活动当前状态为{ActivityLabels.Of(activity.Status)}，只有进行中的活动才能登记考勤。");
        }
    }
}

using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// Check-in and check-out per participant and day, by the volunteer or a captain of a participating
/// team; every change of a day is announced with a growing revision (check-out and each correction
/// add one), so consumers keep the highest.
/// </summary>
public sealed class AttendanceDesk(ActivityDbContext db, ActivityAccess access, TimeProvider timeProvider)
{
    public async Task<AttendanceDay> CheckInAsync(Proto.CheckInRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Id(request.ActivityId, "activity_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        FieldRules.OptionalText(request.Place, 200, "place", violations);
        FieldRules.OptionalText(request.Evidence, 500, "evidence", violations);
        violations.ThrowIfAny();
        var activity = await db.FindActivityAsync(request.ActivityId, "activity_id", cancellationToken);
        await DemandVolunteerOrCaptainAsync(caller, activity, volunteerId!.Value, cancellationToken);
        DemandInProgress(activity);
        if (activity.Participants.FirstOrDefault(p => p.VolunteerId == volunteerId)?.Status != ParticipantStatus.Confirmed)
        {
            throw RpcErrors.FailedPrecondition("NOT_CONFIRMED", $"volunteer/{volunteerId}", "Only confirmed participants check in.");
        }

        var checkedInAt = Instant(request.CheckInTime);
        var day = HoursRule.DayOf(checkedInAt);
        if (day < activity.StartsOn || day > activity.EndsOn)
        {
            violations.Add("check_in_time", $"falls on {day:yyyy-MM-dd} (China Standard Time), outside the activity's days");
        }

        if (activity.Online ? FieldRules.Trimmed(request.Evidence) is null : FieldRules.Trimmed(request.Place) is null)
        {
            violations.Add(activity.Online ? "evidence" : "place", activity.Online ? "is required for an online session" : "is required");
        }

        violations.ThrowIfAny();
        if (await db.Attendance.AnyAsync(a => a.ActivityId == activity.Id && a.VolunteerId == volunteerId && a.Day == day, cancellationToken))
        {
            throw RpcErrors.AlreadyExists("volunteer.activity.v1.Attendance", $"{activity.Id}/{volunteerId}/{day:yyyy-MM-dd}",
                "The volunteer has checked in for this day already; correct that day instead.");
        }

        var attendance = new AttendanceDay
        {
            Id = Guid.CreateVersion7(),
            ActivityId = activity.Id,
            VolunteerId = volunteerId.Value,
            Day = day,
            CheckedInAt = checkedInAt,
            Place = activity.Online ? null : request.Place.Trim(),
            Evidence = FieldRules.Trimmed(request.Evidence),
        };
        db.Attendance.Add(attendance);
        Announce(activity, attendance);
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    public async Task<AttendanceDay> CheckOutAsync(Proto.CheckOutRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (attendance, activity) = await FindAsync(request.AttendanceId, cancellationToken);
        await DemandVolunteerOrCaptainAsync(caller, activity, attendance.VolunteerId, cancellationToken);
        DemandInProgress(activity);
        if (attendance.HoursStatus != HoursStatus.Open)
        {
            throw RpcErrors.FailedPrecondition("CHECKED_OUT", $"volunteer.activity.v1.Attendance/{attendance.Id}", "The day is closed already; correct it instead.");
        }

        Count(activity, attendance, attendance.CheckedInAt, Instant(request.CheckOutTime), request.TravelMinutes, "check_out_time");
        Announce(activity, attendance);
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    public async Task<AttendanceDay> CorrectAsync(Proto.CorrectAttendanceRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Id(request.AttendanceId, "attendance_id");
        FieldRules.RequireText(request.Reason, 500, "reason", violations);
        if (request.CheckInTime is null)
        {
            violations.Add("check_in_time", "is required");
        }

        if (request.CheckOutTime is null)
        {
            violations.Add("check_out_time", "is required");
        }

        violations.ThrowIfAny();
        var (attendance, activity) = await FindAsync(request.AttendanceId, cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        if (activity.Status is not (ActivityStatus.InProgress or ActivityStatus.Completed))
        {
            throw RpcErrors.FailedPrecondition("HOURS_FINAL", $"{ActivityMapping.ResourceType}/{activity.Id}", $"The activity is {activity.Status}; its hours cannot change.");
        }

        var checkedInAt = Microseconds(request.CheckInTime!);
        if (HoursRule.DayOf(checkedInAt) != attendance.Day)
        {
            new FieldViolations().Add("check_in_time", $"must stay on {attendance.Day:yyyy-MM-dd} (China Standard Time)").ThrowIfAny();
        }

        attendance.Corrections.Add(new AttendanceCorrection
        {
            AttendanceId = attendance.Id,
            Revision = attendance.Revision,
            CheckedInAt = attendance.CheckedInAt,
            CheckedOutAt = attendance.CheckedOutAt,
            TravelMinutes = attendance.TravelMinutes,
            Hours = attendance.Hours,
            Reason = request.Reason.Trim(),
            CorrectedBy = caller.Subject,
            CorrectedAt = timeProvider.GetUtcNowForDatabase(),
        });
        Count(activity, attendance, checkedInAt, Microseconds(request.CheckOutTime!), request.TravelMinutes, "check_out_time");
        Announce(activity, attendance);
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    public async Task<AttendanceDay> ApproveAsync(string attendanceId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (attendance, activity) = await FindAsync(attendanceId, cancellationToken);
        await access.DemandAdminOfAsync(caller, activity.UnionId, cancellationToken);
        if (!HoursRule.AwaitsApproval(attendance.HoursStatus))
        {
            throw RpcErrors.FailedPrecondition("NOT_AWAITING_APPROVAL", $"volunteer.activity.v1.Attendance/{attendance.Id}", "The day's hours do not await approval.");
        }

        var level = attendance.HoursStatus == HoursStatus.AwaitingProvince ? "province" : "organiser";
        if (level == "province" && !caller.IsProvincialAdmin)
        {
            throw RpcErrors.PermissionDenied("APPROVAL_LEVEL", "More than 12 hours in a day needs the provincial union's approval.");
        }

        attendance.HoursStatus = HoursStatus.Approved;
        db.AddIntegrationEvent(new HoursApproved(attendance.Id, activity.Id, attendance.VolunteerId, attendance.Day, attendance.Hours, level,
            timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    private void Count(ServiceActivity activity, AttendanceDay attendance, DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, int travelMinutes, string field)
    {
        if (HoursRule.SpanProblem(checkedInAt, checkedOutAt, travelMinutes) is { } problem)
        {
            new FieldViolations().Add(problem.StartsWith("travel", StringComparison.Ordinal) ? "travel_minutes" : field, problem).ThrowIfAny();
        }

        attendance.CheckedInAt = checkedInAt;
        attendance.CheckedOutAt = checkedOutAt;
        attendance.TravelMinutes = travelMinutes;
        (attendance.Hours, attendance.HoursStatus) = HoursRule.Count(
            HoursRule.Hours(checkedInAt, checkedOutAt, travelMinutes), activity.MeetingDays.Contains(attendance.Day));
        attendance.Revision++;
    }

    private void Announce(ServiceActivity activity, AttendanceDay attendance) =>
        db.AddIntegrationEvent(new AttendanceRecorded(attendance.Id, activity.Id, attendance.VolunteerId, activity.UnionId, attendance.Day,
            attendance.CheckedInAt, attendance.CheckedOutAt, attendance.Hours, EventNames.Of(attendance.HoursStatus), attendance.Revision,
            timeProvider.GetUtcNowForDatabase()));

    private async Task DemandVolunteerOrCaptainAsync(PlatformCaller caller, ServiceActivity activity, Guid volunteerId, CancellationToken cancellationToken)
    {
        if (ActivityAccess.VolunteerId(caller) != volunteerId && (await access.CaptainedAsync(caller, activity.TeamIds, cancellationToken)).Count == 0)
        {
            throw RpcErrors.PermissionDenied("NOT_VOLUNTEER_OR_CAPTAIN", "Only the volunteer or a captain of a participating team takes attendance.");
        }
    }

    private static void DemandInProgress(ServiceActivity activity)
    {
        if (activity.Status != ActivityStatus.InProgress)
        {
            throw RpcErrors.FailedPrecondition("NOT_IN_PROGRESS", $"{ActivityMapping.ResourceType}/{activity.Id}", $"The activity is {activity.Status}; attendance is taken while it is in progress.");
        }
    }

    private async Task<(AttendanceDay, ServiceActivity)> FindAsync(string id, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var attendanceId = violations.Id(id, "attendance_id");
        violations.ThrowIfAny();
        var attendance = await db.Attendance.Include(a => a.Corrections).FirstOrDefaultAsync(a => a.Id == attendanceId, cancellationToken)
            ?? throw RpcErrors.NotFound("volunteer.activity.v1.Attendance", id);
        return (attendance, await db.FindActivityAsync(attendance.ActivityId.ToString(), "attendance_id", cancellationToken));
    }

    // At the microsecond precision PostgreSQL keeps, so what is answered now is what is read later.
    private DateTimeOffset Instant(Timestamp? given) => given is null ? timeProvider.GetUtcNowForDatabase() : Microseconds(given);

    private static DateTimeOffset Microseconds(Timestamp given)
    {
        var instant = given.ToDateTimeOffset();
        return instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}

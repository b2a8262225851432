using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// Corrections (kept with their reason, also after recording: national rules §12–13) and approvals of
/// long days: 8–12 hours by an admin of the organising union's line, more than 12 by the province.
/// </summary>
public sealed class AttendanceReview(ActivityDbContext db, AttendanceDays days, ActivityAccess access, TimeProvider timeProvider)
{
    public async Task<AttendanceDay> CorrectAsync(
        ValidCorrection request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (attendance, activity) = await days.FindAsync(request.AttendanceId, cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        DemandCorrectable(activity, caller);
        var times = new FieldViolations();
        var checkedInAt = days.Taken(request.CheckInTime, "check_in_time", times, selfService: false);
        var checkedOutAt = days.Taken(request.CheckOutTime, "check_out_time", times, selfService: false);
        if (HoursRule.DayOf(checkedInAt) != attendance.Day)
        {
            times.Add("check_in_time", $"须仍在{attendance.Day:yyyy-MM-dd}（北京时间）");
        }

        times.ThrowIfAny();

        var before = attendance.KeepVersion(request.Reason, caller.Subject, timeProvider.GetUtcNowForDatabase());
        await days.CountAsync(
            activity, attendance, checkedInAt, checkedOutAt, request.TravelMinutes, cancellationToken);
        days.Announce(activity, attendance);
        db.AddIntegrationEvent(new AttendanceCorrected(
            attendance.Id, activity.Id, attendance.VolunteerId, activity.UnionId, attendance.Day, attendance.Revision,
            before.Hours, attendance.Hours, EventNames.Of(attendance.HoursStatus), before.Reason, before.CorrectedBy,
            request.RecordCorrectionId, activity.Status == ActivityStatus.Recorded, before.CorrectedAt));
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    public async Task<AttendanceDay> ApproveAsync(string attendanceId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (attendance, activity) = await days.FindAsync(attendanceId, cancellationToken);
        if (!HoursRule.AwaitsApproval(attendance.HoursStatus))
        {
            throw new RuleBrokenException("NOT_AWAITING_APPROVAL", $"{AttendanceDays.ResourceType}/{attendance.Id}",
                "当天的服务时长不在待审批状态。");
        }

        var level = attendance.HoursStatus == HoursStatus.AwaitingProvince ? "province" : "organiser";
        if (level == "province" && !caller.ActsProvinceWide)
        {
            throw new AccessDeniedException("APPROVAL_LEVEL", "单日超过12小时须由省总工会审批。");
        }

        attendance.HoursStatus = HoursStatus.Approved;
        db.AddIntegrationEvent(new HoursApproved(attendance.Id, activity.Id, attendance.VolunteerId, attendance.Day, attendance.Hours, level,
            timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return attendance;
    }

    // Recorded hours are the organisation's record: it checks and fixes them on request (national rules
    // §12–13), so after recording only admins of the organising union's line correct them, not captains.
    private static void DemandCorrectable(ServiceActivity activity, PlatformCaller caller)
    {
        if (activity.Status is not (ActivityStatus.InProgress or ActivityStatus.Completed or ActivityStatus.Recorded))
        {
            throw new RuleBrokenException("HOURS_FINAL", $"{ServiceActivity.ResourceType}/{activity.Id}",
                $"活动当前状态为{ActivityLabels.Of(activity.Status)}，服务时长不能再修改。");
        }

        if (activity.Status == ActivityStatus.Recorded && !ActivityAccess.IsAdmin(caller))
        {
            throw new AccessDeniedException("RECORDED_BY_ORGANISER",
                "已记录的服务时长只能由组织活动的工会管理员更正。");
        }
    }
}

using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the attendance requests, reporting every bad field at once.</summary>
internal static class AttendanceValidation
{
    public static ValidCheckIn ParseCheckIn(Proto.CheckInRequest request)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        FieldRules.OptionalText(request.Place, 200, "place", violations);
        FieldRules.OptionalText(request.Evidence, 500, "evidence", violations);
        var given = Instant(request.CheckInTime, "check_in_time", violations);
        violations.ThrowIfAny();
        return new ValidCheckIn(activityId!.Value, volunteerId!.Value, FieldRules.Trimmed(request.Place),
            FieldRules.Trimmed(request.Evidence), given);
    }

    public static ValidCheckOut ParseCheckOut(Proto.CheckOutRequest request)
    {
        var violations = new FieldViolations();
        var given = Instant(request.CheckOutTime, "check_out_time", violations);
        violations.ThrowIfAny();
        return new ValidCheckOut(request.AttendanceId, given, request.TravelMinutes);
    }

    public static ValidCorrection ParseCorrection(Proto.CorrectAttendanceRequest request)
    {
        var violations = new FieldViolations();
        violations.Id(request.AttendanceId, "attendance_id");
        FieldRules.RequireText(request.Reason, 500, "reason", violations);
        var givenIn = Instant(request.CheckInTime, "check_in_time", violations, required: true);
        var givenOut = Instant(request.CheckOutTime, "check_out_time", violations, required: true);
        var answered = violations.Id(request.RecordCorrectionId, "record_correction_id", required: false);
        violations.ThrowIfAny();
        return new ValidCorrection(request.AttendanceId, request.Reason.Trim(), givenIn!.Value, givenOut!.Value,
            request.TravelMinutes, answered);
    }

    /// <summary>The activity whose days to list, and the page.</summary>
    public static (Guid ActivityId, IdPage Paging) ParseList(Proto.ListAttendanceRequest request)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(request.ActivityId, "activity_id");
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (activityId!.Value, paging);
    }

    /// <summary>
    /// A client's instant, checked before anything is read, at the microsecond precision PostgreSQL keeps
    /// so that what is answered now is what is read later; null when absent or invalid.
    /// </summary>
    private static DateTimeOffset? Instant(Timestamp? given, string field, FieldViolations violations,
        bool required = false)
    {
        var (from, to) = (ActivityBounds.FirstYear, ActivityBounds.LastYear);
        return TimestampRules.Instant(given, field, violations, from, to, required) is { } instant
            ? instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond))
            : null;
    }
}

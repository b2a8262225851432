namespace Volunteer.Activity.Attendance;

/// <summary>A correction of a day parsed at the edge, with its trimmed reason.</summary>
/// <param name="RecordCorrectionId">The volunteer's correction request it answers, if any.</param>
public sealed record ValidCorrection(
    string AttendanceId, string Reason, DateTimeOffset CheckInTime, DateTimeOffset CheckOutTime, int TravelMinutes,
    Guid? RecordCorrectionId);

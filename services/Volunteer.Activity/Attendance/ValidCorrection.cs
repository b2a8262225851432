namespace Volunteer.Activity.Attendance;

/// <summary>A correction of a day parsed at the edge, with its trimmed reason.</summary>
public sealed record ValidCorrection(
    string AttendanceId, string Reason, DateTimeOffset CheckInTime, DateTimeOffset CheckOutTime, int TravelMinutes);

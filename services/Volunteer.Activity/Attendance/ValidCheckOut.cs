namespace Volunteer.Activity.Attendance;

/// <summary>A check-out parsed at the edge; the day's id is checked when the day is looked up.</summary>
/// <param name="CheckOutTime">When the day was closed, null for now.</param>
public sealed record ValidCheckOut(string AttendanceId, DateTimeOffset? CheckOutTime, int TravelMinutes);

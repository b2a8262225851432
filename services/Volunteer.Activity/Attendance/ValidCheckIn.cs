namespace Volunteer.Activity.Attendance;

/// <summary>A check-in parsed at the edge; place and evidence trimmed, null when not given.</summary>
/// <param name="CheckInTime">When the day was opened, null for now.</param>
public sealed record ValidCheckIn(
    Guid ActivityId, Guid VolunteerId, string? Place, string? Evidence, DateTimeOffset? CheckInTime);

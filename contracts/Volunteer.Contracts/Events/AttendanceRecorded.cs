namespace Volunteer.Contracts.Events;

/// <summary>
/// A participant's day of attendance was recorded or changed: the check-in is Revision 1, the check-out
/// and each correction add one; the highest revision wins.
/// </summary>
/// <param name="Day">The check-in's day in Asia/Shanghai.</param>
/// <param name="Hours">On-site hours (check-out minus check-in minus declared travel); 0 while open and on meeting days.</param>
/// <param name="HoursStatus">open (checked in, no hours yet), counted (up to 8 h), awaiting-organiser (8–12 h),
/// awaiting-province (over 12 h) or not-service (a meeting or exchange-conference day). Approval follows as HoursApproved.</param>
public sealed record AttendanceRecorded(
    Guid AttendanceId,
    Guid ActivityId,
    Guid VolunteerId,
    Guid UnionId,
    DateOnly Day,
    DateTimeOffset CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    decimal Hours,
    string HoursStatus,
    int Revision,
    DateTimeOffset RecordedAt) : IProjectedEvent;

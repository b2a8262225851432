namespace Volunteer.Contracts.Events;

/// <summary>
/// A participant's day of attendance was recorded or corrected (Revision grows with each correction;
/// the highest revision wins).
/// </summary>
/// <param name="HoursStatus">counted, awaiting-organiser or awaiting-province.</param>
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
    DateTimeOffset RecordedAt);

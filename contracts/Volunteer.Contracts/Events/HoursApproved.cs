namespace Volunteer.Contracts.Events;

/// <summary>Hours above the directly counted limit were approved for one participant's day.</summary>
/// <param name="Level">organiser (8–12 h) or province (over 12 h).</param>
public sealed record HoursApproved(
    Guid AttendanceId, Guid ActivityId, Guid VolunteerId, DateOnly Day, decimal Hours, string Level, DateTimeOffset ApprovedAt)
    : IProjectedEvent;

namespace Volunteer.Activity.Attendance;

/// <summary>Configuration "Activity:Attendance".</summary>
public sealed class AttendanceSettings
{
    public const string SectionName = "Activity:Attendance";

    /// <summary>
    /// How far from the server's clock a volunteer's own check-in or check-out may be: they take
    /// attendance as it happens, and earlier times are corrected by a lead with a reason.
    /// </summary>
    public TimeSpan SelfServiceTolerance { get; init; } = TimeSpan.FromMinutes(15);
}

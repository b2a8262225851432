namespace Volunteer.Activity.Attendance;

/// <summary>One participant's day at an activity: check-in, check-out and the hours they make.</summary>
public sealed class AttendanceDay
{
    public Guid Id { get; init; }

    public Guid ActivityId { get; init; }

    public Guid VolunteerId { get; init; }

    /// <summary>The check-in's day in Asia/Shanghai.</summary>
    public DateOnly Day { get; init; }

    public DateTimeOffset CheckedInAt { get; set; }

    public DateTimeOffset? CheckedOutAt { get; set; }

    public int TravelMinutes { get; set; }

    public string? Place { get; init; }

    public string? Evidence { get; init; }

    public decimal Hours { get; set; }

    public HoursStatus HoursStatus { get; set; } = HoursStatus.Open;

    public int Revision { get; set; } = 1;

    public List<AttendanceCorrection> Corrections { get; init; } = [];

    /// <summary>Keeps the current version, with who corrects it and why, before a correction recounts it.</summary>
    public AttendanceCorrection KeepVersion(string reason, string correctedBy, DateTimeOffset correctedAt)
    {
        var version = new AttendanceCorrection
        {
            AttendanceId = Id,
            Revision = Revision,
            CheckedInAt = CheckedInAt,
            CheckedOutAt = CheckedOutAt,
            TravelMinutes = TravelMinutes,
            Hours = Hours,
            Reason = reason,
            CorrectedBy = correctedBy,
            CorrectedAt = correctedAt,
        };
        Corrections.Add(version);
        return version;
    }
}

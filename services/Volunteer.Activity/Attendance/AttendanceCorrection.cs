namespace Volunteer.Activity.Attendance;

/// <summary>An earlier version of a day, kept when it was corrected (national rules §12–13: corrections are checked and traceable).</summary>
public sealed class AttendanceCorrection
{
    public long Id { get; init; }

    public Guid AttendanceId { get; init; }

    public int Revision { get; init; }

    public DateTimeOffset CheckedInAt { get; init; }

    public DateTimeOffset? CheckedOutAt { get; init; }

    public int TravelMinutes { get; init; }

    public decimal Hours { get; init; }

    public required string Reason { get; init; }

    public required string CorrectedBy { get; init; }

    public DateTimeOffset CorrectedAt { get; init; }
}

namespace Volunteer.Contracts.Events;

/// <summary>
/// A day of attendance was corrected with a reason (national rules §12–13). AttendanceRecorded of the same
/// revision carries the day's new state; this carries what changed and why, and whether the activity's
/// hours were already final, in which case the service record follows the correction.
/// </summary>
/// <param name="Revision">The day's revision after the correction.</param>
/// <param name="HoursBefore">The hours of the version the correction replaced.</param>
/// <param name="HoursStatus">As in AttendanceRecorded.</param>
/// <param name="CorrectedBy">Subject of the token that corrected it.</param>
/// <param name="RecordCorrectionId">The volunteer's correction request (reporting's) this answers, if any.</param>
/// <param name="AfterRecording">The activity was recorded: its service record lines change with the day.</param>
public sealed record AttendanceCorrected(
    Guid AttendanceId,
    Guid ActivityId,
    Guid VolunteerId,
    Guid UnionId,
    DateOnly Day,
    int Revision,
    decimal HoursBefore,
    decimal Hours,
    string HoursStatus,
    string Reason,
    string CorrectedBy,
    Guid? RecordCorrectionId,
    bool AfterRecording,
    DateTimeOffset CorrectedAt) : IProjectedEvent;

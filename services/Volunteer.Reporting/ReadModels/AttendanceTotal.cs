namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// Counted attendance hours of one activity day, per union and participant's team (NoTeam when the
/// participant has none or is unknown), kept by the database from the attendance and participant rows
/// in the same transaction (migration AttendanceTotals), so figures add up groups instead of days.
/// </summary>
public sealed class AttendanceTotal
{
    public static readonly Guid NoTeam = Guid.Empty;

    public Guid ActivityId { get; set; }

    public DateOnly Day { get; set; }

    public Guid UnionId { get; set; }

    public Guid TeamId { get; set; }

    public decimal Hours { get; set; }
}

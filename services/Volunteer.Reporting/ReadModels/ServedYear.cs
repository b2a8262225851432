using System.Collections;

namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// The days of one year a volunteer served in a union (counted attendance or a service line), one bit per
/// day of the year, kept by the database from those rows in the same transaction (migration
/// AttendanceTotals): people served in a period are counted from one row per person and year.
/// </summary>
public sealed class ServedYear
{
    public const int DaysInYear = 366;

    public Guid UnionId { get; set; }

    public Guid VolunteerId { get; set; }

    public int Year { get; set; }

    /// <summary>Bit n (from the left, from 0) is day n + 1 of the year.</summary>
    public BitArray Days { get; set; } = new(DaysInYear);
}

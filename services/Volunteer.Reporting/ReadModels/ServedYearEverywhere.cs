using System.Collections;

namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// <see cref="ServedYear"/> over every union at once: the province counts the people it served from one row
/// per person and year instead of removing duplicates among the rows of each union they served in.
/// </summary>
public sealed class ServedYearEverywhere
{
    public Guid VolunteerId { get; set; }

    public int Year { get; set; }

    /// <summary>Bit n (from the left, from 0) is day n + 1 of the year.</summary>
    public BitArray Days { get; set; } = new(ServedYear.DaysInYear);
}

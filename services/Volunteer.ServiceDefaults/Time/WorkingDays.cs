namespace Volunteer.ServiceDefaults.Time;

/// <summary>
/// Working days for deadlines such as recording service within 10 working days: Monday to Friday, less
/// the public holidays a service is told of (make-up working weekends are not modelled).
/// </summary>
public static class WorkingDays
{
    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/>.</summary>
    public static DateOnly After(DateOnly day, int count, IReadOnlySet<DateOnly>? holidays = null)
    {
        var current = day;
        while (count > 0)
        {
            current = current.AddDays(1);
            if (current.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && holidays?.Contains(current) != true)
            {
                count--;
            }
        }

        return current;
    }
}

namespace Volunteer.Activity.Campaigns;

/// <summary>Monday to Friday, less the configured public holidays (make-up working weekends are not modelled).</summary>
public static class WorkingDays
{
    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/>.</summary>
    public static DateOnly After(DateOnly day, int count, IReadOnlySet<DateOnly> holidays)
    {
        var current = day;
        while (count > 0)
        {
            current = current.AddDays(1);
            if (current.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(current))
            {
                count--;
            }
        }

        return current;
    }
}

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Working days for the 10-working-day recording rule (§11): Monday to Friday. Public holidays are
/// not known to the platform, so a deadline over a holiday week comes early rather than late.
/// </summary>
public static class WorkingDays
{
    public const int RecordingDeadline = 10;

    public static DateOnly Add(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>
    /// The latest end day whose recording is overdue today: activities that ended on or before it are
    /// late, so the question becomes a date comparison the database can answer with an index.
    /// </summary>
    public static DateOnly LatestOverdueEnd(DateOnly today)
    {
        var ended = today.AddDays(-1);
        while (RecordingDue(ended) >= today)
        {
            ended = ended.AddDays(-1);
        }

        return ended;
    }

    /// <summary>The last day on which an activity that ended on <paramref name="endedOn"/> is recorded on time.</summary>
    public static DateOnly RecordingDue(DateOnly endedOn) => Add(endedOn, RecordingDeadline);
}

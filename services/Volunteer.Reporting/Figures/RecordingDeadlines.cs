using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// The 10-working-day recording rule (§11). Public holidays are not known to reporting, so a deadline
/// over a holiday week comes early rather than late.
/// </summary>
public static class RecordingDeadlines
{
    public const int WorkingDaysAllowed = 10;

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
    public static DateOnly RecordingDue(DateOnly endedOn) => WorkingDays.After(endedOn, WorkingDaysAllowed);
}

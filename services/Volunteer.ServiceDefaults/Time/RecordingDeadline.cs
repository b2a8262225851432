using Microsoft.Extensions.Configuration;

namespace Volunteer.ServiceDefaults.Time;

/// <summary>
/// The national rule (§11) that service is recorded within 10 working days after an activity ends, with
/// the public holidays of "Campaign:PublicHolidays": the one statement of it, so activity's due days and
/// reporting's overdue lists agree.
/// </summary>
public sealed class RecordingDeadline(IReadOnlySet<DateOnly> publicHolidays)
{
    public const int WorkingDaysAllowed = 10;

    public const string PublicHolidaysKey = "Campaign:PublicHolidays";

    public static RecordingDeadline From(IConfiguration configuration) =>
        new(configuration.GetSection(PublicHolidaysKey).Get<DateOnly[]>()?.ToHashSet() ?? []);

    /// <summary>The last day on which an activity that ended on <paramref name="endedOn"/> is recorded on time.</summary>
    public DateOnly DueOn(DateOnly endedOn) => WorkingDays.After(endedOn, WorkingDaysAllowed, publicHolidays);

    /// <summary>
    /// The latest end day whose recording is overdue today: activities that ended on or before it are
    /// late, so the question becomes a date comparison the database can answer with an index.
    /// </summary>
    public DateOnly LatestOverdueEnd(DateOnly today)
    {
        var ended = today.AddDays(-1);
        while (DueOn(ended) >= today)
        {
            ended = ended.AddDays(-1);
        }

        return ended;
    }
}

using Cronos;
using Microsoft.Extensions.Options;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>Turns the configured cron expressions into the (kind, period) pairs whose runs are due.</summary>
public sealed class DigestSchedule(IOptions<DigestOptions> options, TimeProvider timeProvider)
{
    /// <summary>Every run from the catch-up day until now, oldest first: missed runs are simply earlier ones.</summary>
    public IReadOnlyList<(string Kind, ReportPeriod Period)> Due()
    {
        var now = timeProvider.GetUtcNow();
        var from = options.Value.CatchUpFrom ?? CampaignClock.Today(timeProvider).AddDays(-options.Value.CatchUpDays);
        var fromInstant = new ReportPeriod(from, from).StartsAt;
        return
        [
            .. Expressions()
                .SelectMany(e => e.Cron.GetOccurrences(fromInstant.UtcDateTime, now.UtcDateTime, CampaignClock.Zone, fromInclusive: true, toInclusive: true)
                    .Select(at => (e.Kind, At: at, Period: DigestPeriods.DueAt(e.Kind, LocalDay(at)))))
                .Where(run => run.Period is not null)
                .OrderBy(run => run.At)
                .Select(run => (run.Kind, run.Period!))
                .Distinct(),
        ];
    }

    /// <summary>The next run after now of any kind, for the scheduler to sleep until.</summary>
    public DateTimeOffset? Next()
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return Expressions().Select(e => e.Cron.GetNextOccurrence(now, CampaignClock.Zone)).Where(n => n is not null).Min() is { } next
            ? new DateTimeOffset(next, TimeSpan.Zero)
            : null;
    }

    private IEnumerable<(string Kind, CronExpression Cron)> Expressions() =>
        options.Value.Schedules.Where(s => DigestKinds.All.Contains(s.Key) && s.Value.Length > 0).Select(s => (s.Key, CronExpression.Parse(s.Value)));

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, CampaignClock.Zone));
}

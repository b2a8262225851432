using Cronos;
using Microsoft.Extensions.Options;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// The (kind, period) pairs whose runs are due: weekly and monthly runs at their cron times, the campaign
/// summary at 08:00 on the day the campaign calendar makes October's activities final.
/// </summary>
public sealed class DigestSchedule(IOptions<DigestOptions> options, DigestPeriods periods, TimeProvider timeProvider)
{
    private static readonly TimeOnly SummaryTime = new(8, 0);

    /// <summary>Every run from the catch-up day until now, oldest first: missed runs are simply earlier ones.</summary>
    public IReadOnlyList<(string Kind, ReportPeriod Period)> Due()
    {
        var now = timeProvider.GetUtcNow();
        var from = options.Value.CatchUpFrom ?? CampaignClock.Today(timeProvider).AddDays(-options.Value.CatchUpDays);
        var fromInstant = new ReportPeriod(from, from).StartsAt;
        var cronRuns = Expressions()
            .SelectMany(e => e.Cron
                .GetOccurrences(fromInstant.UtcDateTime, now.UtcDateTime, CampaignClock.Zone, true, true)
                .Select(at => (e.Kind, At: new DateTimeOffset(at, TimeSpan.Zero),
                    Period: periods.DueAt(e.Kind, LocalDay(at)))));
        var summaryRuns = Enumerable.Range(from.Year - 1, now.Year - from.Year + 2)
            .Select(year => (Kind: DigestKinds.CampaignSummary, At: SummaryRunAt(year),
                Period: periods.Holding(DigestKinds.CampaignSummary, new DateOnly(year, 1, 1))))
            .Where(run => run.At >= fromInstant && run.At <= now);
        return
        [
            .. cronRuns.Concat(summaryRuns)
                .Where(run => run.Period is not null)
                .OrderBy(run => run.At)
                .Select(run => (run.Kind, run.Period!))
                .Distinct(),
        ];
    }

    /// <summary>The next run after now of any kind, for the scheduler to sleep until.</summary>
    public DateTimeOffset? Next()
    {
        var now = timeProvider.GetUtcNow();
        var summary = new[] { SummaryRunAt(now.Year), SummaryRunAt(now.Year + 1) }.First(at => at > now);
        return Expressions().Select(e => e.Cron.GetNextOccurrence(now.UtcDateTime, CampaignClock.Zone))
            .Where(n => n is not null).Select(n => new DateTimeOffset(n!.Value, TimeSpan.Zero)).Append(summary).Min();
    }

    private DateTimeOffset SummaryRunAt(int year)
    {
        var local = periods.SummaryDueOn(year).ToDateTime(SummaryTime);
        return new DateTimeOffset(local, CampaignClock.Zone.GetUtcOffset(local));
    }

    /// <summary>Weekly and monthly runs follow cron; the summary follows the calendar, not a fixed date.</summary>
    private IEnumerable<(string Kind, CronExpression Cron)> Expressions() =>
        options.Value.Schedules.Where(s => s.Key is DigestKinds.Weekly or DigestKinds.Monthly && s.Value.Length > 0)
            .Select(s => (s.Key, CronExpression.Parse(s.Value)));

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, CampaignClock.Zone));
}

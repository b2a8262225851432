using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Tests;

public sealed class DigestPeriodTests
{
    [Theory]
    [InlineData("2026-06-17", "2026-06-15", "2026-06-21")]
    [InlineData("2026-03-31", "2026-03-30", "2026-04-05")]
    [InlineData("2026-11-01", "2026-10-26", "2026-11-01")]
    public void A_week_runs_monday_to_sunday_when_it_touches_the_activity_months(string day, string start, string end) =>
        Assert.Equal(new ReportPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), Standard.Holding(DigestKinds.Weekly, DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-01-14")]
    [InlineData("2026-11-04")]
    [InlineData("2026-03-25")]
    public void There_is_no_weekly_digest_outside_april_to_october(string day) =>
        Assert.Null(Standard.Holding(DigestKinds.Weekly, DateOnly.Parse(day)));

    [Fact]
    public void Months_and_the_campaign_summary_have_their_own_spans_and_previous_periods()
    {
        var february = Standard.Holding(DigestKinds.Monthly, new DateOnly(2028, 2, 10))!;
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), february);
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 31)), Standard.Previous(DigestKinds.Monthly, february));
        var summary = Standard.DueAt(DigestKinds.CampaignSummary, new DateOnly(2026, 11, 1))!;
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 10, 31)), summary);
    }

    [Fact]
    public void Scheduled_runs_since_the_catch_up_day_are_due_oldest_first_each_for_the_period_before_it()
    {
        // Monday 15 June 2026, 10:00 in Shanghai: the weekly run at 08:00 that day has passed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
        var schedule = new DigestSchedule(Options.Create(new DigestOptions { CatchUpFrom = new DateOnly(2026, 6, 1) }), Standard, clock);

        var due = schedule.Due().Select(d => $"{d.Kind} {d.Period.StartText}").ToList();

        Assert.Equal(["weekly 2026-05-25", "monthly 2026-05-01", "weekly 2026-06-01", "weekly 2026-06-08"], due);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 0, 0, 0, TimeSpan.Zero), schedule.Next());
    }

    [Fact]
    public void A_first_start_without_a_catch_up_day_looks_back_45_days_not_to_the_start_of_the_year()
    {
        // Saturday 28 November 2026, 10:00 in Shanghai.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
        var schedule = new DigestSchedule(Options.Create(new DigestOptions()), Standard, clock);

        var due = schedule.Due().Select(d => $"{d.Kind} {d.Period.StartText}").ToList();

        // The summary waits for October's activities to be final: ten working days after Saturday 31 October.
        Assert.Equal(["weekly 2026-10-12", "weekly 2026-10-19", "monthly 2026-10-01", "weekly 2026-10-26", "campaign-summary 2026-01-01"], due);
        Assert.Equal(new DateOnly(2026, 11, 14), Standard.SummaryDueOn(2026));
    }

    [Theory]
    [InlineData("2026-11-13T02:00:00Z", false)]
    [InlineData("2026-11-14T02:00:00Z", true)]
    public void The_campaign_summary_is_due_once_octobers_activities_are_past_their_recording_deadline(string now, bool due)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now));
        var schedule = new DigestSchedule(Options.Create(new DigestOptions { CatchUpFrom = new DateOnly(2026, 11, 1) }), Standard, clock);

        Assert.Equal(due, schedule.Due().Contains((DigestKinds.CampaignSummary, new ReportPeriod(new(2026, 1, 1), new(2026, 10, 31)))));
    }

    [Fact]
    public void A_configured_campaign_calendar_moves_the_weeks_the_summary_and_its_due_day()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Campaign:Years:2026:ActivitiesFrom"] = "2026-05-01",
            ["Campaign:Years:2026:ActivitiesTo"] = "2026-09-30",
        }).Build();
        var periods = new DigestPeriods(CampaignSeasons.From(configuration), NoHolidays);

        Assert.Null(periods.Holding(DigestKinds.Weekly, new DateOnly(2026, 4, 15)));
        Assert.Null(periods.Holding(DigestKinds.Weekly, new DateOnly(2026, 10, 14)));
        Assert.NotNull(periods.Holding(DigestKinds.Weekly, new DateOnly(2027, 4, 15)));
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 9, 30)),
            periods.Holding(DigestKinds.CampaignSummary, new DateOnly(2026, 11, 20)));
        Assert.Equal(new DateOnly(2026, 10, 15), periods.SummaryDueOn(2026));
        Assert.Equal(new DateOnly(2026, 7, 1), periods.FinalFrom(new ReportPeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 16))));
    }

    private static readonly RecordingDeadline NoHolidays = new(new HashSet<DateOnly>());

    private static readonly DigestPeriods Standard = new(CampaignSeasons.From(new ConfigurationBuilder().Build()), NoHolidays);

    [Fact]
    public void The_campaigns_public_holidays_move_the_overdue_line_as_they_move_activitys_due_day()
    {
        // Ended Friday 2018-09-28; with National Day week off the tenth working day is 2018-10-19.
        var nationalDay = new RecordingDeadline(Enumerable.Range(1, 7).Select(d => new DateOnly(2018, 10, d)).ToHashSet());

        Assert.Equal(new DateOnly(2018, 10, 19), nationalDay.DueOn(new DateOnly(2018, 9, 28)));
        Assert.True(nationalDay.LatestOverdueEnd(new DateOnly(2018, 10, 19)) < new DateOnly(2018, 9, 28));
        Assert.True(NoHolidays.LatestOverdueEnd(new DateOnly(2018, 10, 19)) >= new DateOnly(2018, 9, 28));
    }

    [Theory]
    [InlineData("2026-06-05", "2026-06-19")]
    [InlineData("2026-06-08", "2026-06-22")]
    public void Records_are_due_ten_working_days_after_the_activity_ends(string ended, string due) =>
        Assert.Equal(DateOnly.Parse(due), NoHolidays.DueOn(DateOnly.Parse(ended)));

    [Theory]
    [InlineData("2026-06-15", "2026-05-31")]
    [InlineData("2026-06-22", "2026-06-07")]
    [InlineData("2026-06-20", "2026-06-07")]
    public void Activities_that_ended_on_or_before_the_latest_overdue_end_are_late_today(string today, string latest)
    {
        var overdueEnd = NoHolidays.LatestOverdueEnd(DateOnly.Parse(today));
        Assert.Equal(DateOnly.Parse(latest), overdueEnd);
        Assert.True(NoHolidays.DueOn(overdueEnd) < DateOnly.Parse(today));
        Assert.False(NoHolidays.DueOn(overdueEnd.AddDays(1)) < DateOnly.Parse(today));
    }
}

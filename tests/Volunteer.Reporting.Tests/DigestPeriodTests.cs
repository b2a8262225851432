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
        Assert.Equal(new ReportPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), DigestPeriods.Holding(DigestKinds.Weekly, DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-01-14")]
    [InlineData("2026-11-04")]
    [InlineData("2026-03-25")]
    public void There_is_no_weekly_digest_outside_april_to_october(string day) =>
        Assert.Null(DigestPeriods.Holding(DigestKinds.Weekly, DateOnly.Parse(day)));

    [Fact]
    public void Months_and_the_campaign_summary_have_their_own_spans_and_previous_periods()
    {
        var february = DigestPeriods.Holding(DigestKinds.Monthly, new DateOnly(2028, 2, 10))!;
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), february);
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 31)), DigestPeriods.Previous(DigestKinds.Monthly, february));
        var summary = DigestPeriods.DueAt(DigestKinds.CampaignSummary, new DateOnly(2026, 11, 1))!;
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 10, 31)), summary);
    }

    [Fact]
    public void Scheduled_runs_since_the_catch_up_day_are_due_oldest_first_each_for_the_period_before_it()
    {
        // Monday 15 June 2026, 10:00 in Shanghai: the weekly run at 08:00 that day has passed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
        var schedule = new DigestSchedule(Options.Create(new DigestOptions { CatchUpFrom = new DateOnly(2026, 6, 1) }), clock);

        var due = schedule.Due().Select(d => $"{d.Kind} {d.Period.StartText}").ToList();

        Assert.Equal(["weekly 2026-05-25", "monthly 2026-05-01", "weekly 2026-06-01", "weekly 2026-06-08"], due);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 0, 0, 0, TimeSpan.Zero), schedule.Next());
    }

    [Fact]
    public void A_first_start_without_a_catch_up_day_looks_back_45_days_not_to_the_start_of_the_year()
    {
        // Saturday 28 November 2026, 10:00 in Shanghai.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
        var schedule = new DigestSchedule(Options.Create(new DigestOptions()), clock);

        var due = schedule.Due().Select(d => $"{d.Kind} {d.Period.StartText}").ToList();

        Assert.Equal(["weekly 2026-10-12", "weekly 2026-10-19", "monthly 2026-10-01", "campaign-summary 2026-01-01", "weekly 2026-10-26"], due);
    }

    private static readonly RecordingDeadline NoHolidays = new(new HashSet<DateOnly>());

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

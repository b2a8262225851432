using Volunteer.Activity.Attendance;

namespace Volunteer.Activity.Tests.Rules;

public sealed class HoursRuleTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Travel_minutes_are_taken_off_the_span()
    {
        var checkIn = new DateTimeOffset(2027, 5, 10, 8, 0, 0, China);
        Assert.Equal(7.5m, HoursRule.Hours(checkIn, checkIn.AddHours(9), travelMinutes: 90));
        Assert.Equal(0.33m, HoursRule.Hours(checkIn, checkIn.AddMinutes(20), travelMinutes: 0));
    }

    [Fact]
    public void The_day_is_the_check_ins_day_in_China_whatever_zone_the_instant_was_sent_in()
    {
        // 17:30 UTC on May 9 is 01:30 on May 10 in Shanghai.
        Assert.Equal(new DateOnly(2027, 5, 10), HoursRule.DayOf(new DateTimeOffset(2027, 5, 9, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 5, 9), HoursRule.DayOf(new DateTimeOffset(2027, 5, 9, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 5, 10), HoursRule.DayOf(new DateTimeOffset(2027, 5, 9, 12, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void A_check_out_may_reach_midnight_but_not_cross_it()
    {
        var lateEvening = new DateTimeOffset(2027, 5, 10, 20, 0, 0, China);
        var midnight = new DateTimeOffset(2027, 5, 11, 0, 0, 0, China);

        Assert.Null(HoursRule.SpanProblem(lateEvening, midnight, 0));
        Assert.Equal(4m, HoursRule.Hours(lateEvening, midnight, 0));
        Assert.NotNull(HoursRule.SpanProblem(lateEvening, midnight.AddSeconds(1), 0));
        Assert.Equal(midnight, HoursRule.EndOf(new DateOnly(2027, 5, 10)));
    }

    [Fact]
    public void A_span_must_run_forward_and_hold_its_travel()
    {
        var checkIn = new DateTimeOffset(2027, 5, 10, 8, 0, 0, China);
        Assert.NotNull(HoursRule.SpanProblem(checkIn, checkIn, 0));
        Assert.NotNull(HoursRule.SpanProblem(checkIn, checkIn.AddHours(-1), 0));
        Assert.NotNull(HoursRule.SpanProblem(checkIn, checkIn.AddHours(1), 61));
        Assert.NotNull(HoursRule.SpanProblem(checkIn, checkIn.AddHours(1), -1));
        Assert.Null(HoursRule.SpanProblem(checkIn, checkIn.AddHours(1), 60));
    }

    [Fact]
    public void Only_counted_and_approved_days_go_into_the_record_and_pending_ones_block_it()
    {
        Assert.True(HoursRule.CountsTowardsRecord(HoursStatus.Counted));
        Assert.True(HoursRule.CountsTowardsRecord(HoursStatus.Approved));
        Assert.False(HoursRule.CountsTowardsRecord(HoursStatus.NotService));
        Assert.True(HoursRule.AwaitsApproval(HoursStatus.AwaitingProvince));
        Assert.False(HoursRule.AwaitsApproval(HoursStatus.Open));
    }
}

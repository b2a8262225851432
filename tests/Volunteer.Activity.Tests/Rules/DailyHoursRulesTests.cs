using Volunteer.Activity.Attendance;

namespace Volunteer.Activity.Tests.Rules;

public sealed class DailyHoursRulesTests
{
    [Theory]
    [InlineData(8.0, HoursStatus.Counted)]
    [InlineData(8.01, HoursStatus.AwaitingOrganiser)]
    [InlineData(12.0, HoursStatus.AwaitingOrganiser)]
    [InlineData(12.01, HoursStatus.AwaitingProvince)]
    [InlineData(0.5, HoursStatus.Counted)]
    public void Hours_up_to_8_count_up_to_12_await_the_organiser_and_beyond_the_province(
        double hours, HoursStatus expected) =>
        Assert.Equal(expected, DailyHoursRules.Count((decimal)hours, elsewhereHours: 0m, meetingDay: false).Status);

    [Theory]
    [InlineData(6.0, 2.0, HoursStatus.Counted)]
    [InlineData(6.0, 2.5, HoursStatus.AwaitingOrganiser)]
    [InlineData(8.0, 0.25, HoursStatus.AwaitingOrganiser)]
    [InlineData(8.0, 4.0, HoursStatus.AwaitingOrganiser)]
    [InlineData(9.0, 3.5, HoursStatus.AwaitingProvince)]
    public void The_tier_is_the_persons_whole_day_across_activities(
        double elsewhere, double hours, HoursStatus expected)
    {
        var (counted, status) = DailyHoursRules.Count((decimal)hours, (decimal)elsewhere, meetingDay: false);

        Assert.Equal(((decimal)hours, expected), (counted, status));
    }

    [Fact]
    public void Directly_counted_hours_of_a_day_never_exceed_8_whatever_the_order_of_recording()
    {
        decimal[] sessions = [3m, 4m, 2m, 0.5m, 1.5m];
        decimal elsewhere = 0m, direct = 0m;
        foreach (var hours in sessions)
        {
            var (counted, status) = DailyHoursRules.Count(hours, elsewhere, meetingDay: false);
            direct += status == HoursStatus.Counted ? counted : 0m;
            elsewhere += counted;
        }

        Assert.Equal(7m, direct);
        Assert.True(direct <= DailyHoursRules.DirectLimit);
    }

    [Fact]
    public void A_meeting_day_keeps_attendance_but_counts_no_service_hours_and_ignores_the_rest_of_the_day() =>
        Assert.Equal((0m, HoursStatus.NotService), DailyHoursRules.Count(6m, elsewhereHours: 7m, meetingDay: true));
}

using Microsoft.Extensions.Options;
using Volunteer.Activity.Campaigns;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Tests.Rules;

public sealed class CampaignCalendarTests
{
    private static readonly RecordingDeadline NoHolidays = new(new HashSet<DateOnly>());

    [Fact]
    public void Without_configuration_every_year_follows_the_2018_program()
    {
        var calendar = new CampaignCalendar(Options.Create(new CampaignSettings()), NoHolidays);

        Assert.Equal(new CampaignYear(2018, 3, new DateOnly(2018, 4, 1), new DateOnly(2018, 10, 31), 11), calendar.For(2018));
        Assert.Equal(new DateOnly(2021, 4, 1), calendar.For(2021).ActivitiesFrom);
        Assert.False(calendar.For(2018).Contains(new DateOnly(2018, 3, 31)));
        Assert.True(calendar.For(2018).Contains(new DateOnly(2018, 10, 31)));
    }

    [Fact]
    public void A_configured_year_replaces_only_what_it_names()
    {
        var calendar = new CampaignCalendar(Options.Create(new CampaignSettings
        {
            Campaigns = { [2020] = new CampaignYearSettings { ActivitiesFrom = new DateOnly(2020, 6, 1) } },
        }), NoHolidays);

        Assert.Equal(new CampaignYear(2020, 3, new DateOnly(2020, 6, 1), new DateOnly(2020, 10, 31), 11), calendar.For(2020));
    }

    [Fact]
    public void Hours_are_due_on_the_tenth_working_day_after_the_end_skipping_weekends_and_holidays()
    {
        // Friday 2018-09-28; National Day week 2018-10-01..07 configured as holidays.
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2018, 10, d)).ToHashSet();
        var calendar = new CampaignCalendar(Options.Create(new CampaignSettings()), new RecordingDeadline(holidays));

        Assert.Equal(new DateOnly(2018, 10, 19), calendar.RecordDueOn(new DateOnly(2018, 9, 28)));
        Assert.Equal(new DateOnly(2018, 5, 25), WorkingDays.After(new DateOnly(2018, 5, 11), 10, new HashSet<DateOnly>()));
        Assert.Equal(new DateOnly(2018, 5, 14), WorkingDays.After(new DateOnly(2018, 5, 12), 1, new HashSet<DateOnly>()));
    }
}

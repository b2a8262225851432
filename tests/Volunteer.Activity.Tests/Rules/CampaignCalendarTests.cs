using Microsoft.Extensions.Configuration;
using Volunteer.Activity.Campaigns;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Tests.Rules;

/// <summary>Activity reads the shared "Campaign:Years" calendar, the one reporting cuts its periods by.</summary>
public sealed class CampaignCalendarTests
{
    private static readonly RecordingDeadline NoHolidays = new(new HashSet<DateOnly>());

    [Fact]
    public void Without_configuration_every_year_follows_the_2018_program()
    {
        var calendar = Calendar([], NoHolidays);

        Assert.Equal(new CampaignSeason(2018, 3, new DateOnly(2018, 4, 1), new DateOnly(2018, 10, 31), 11), calendar.For(2018));
        Assert.Equal(new DateOnly(2021, 4, 1), calendar.For(2021).ActivitiesFrom);
        Assert.False(calendar.For(2018).Contains(new DateOnly(2018, 3, 31)));
        Assert.True(calendar.For(2018).Contains(new DateOnly(2018, 10, 31)));
    }

    [Fact]
    public void A_configured_year_replaces_only_what_it_names()
    {
        var calendar = Calendar(new()
        {
            ["Campaign:Years:2020:ActivitiesFrom"] = "2020-06-01", ["Campaign:Years:2020:SummaryMonth"] = "12",
        }, NoHolidays);

        Assert.Equal(new CampaignSeason(2020, 3, new DateOnly(2020, 6, 1), new DateOnly(2020, 10, 31), 12),
            calendar.For(2020));
    }

    [Fact]
    public void Hours_are_due_on_the_tenth_working_day_after_the_end_skipping_weekends_and_holidays()
    {
        // Friday 2018-09-28; National Day week 2018-10-01..07 configured as holidays.
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2018, 10, d)).ToHashSet();
        var calendar = Calendar([], new RecordingDeadline(holidays));

        Assert.Equal(new DateOnly(2018, 10, 19), calendar.RecordDueOn(new DateOnly(2018, 9, 28)));
        Assert.Equal(new DateOnly(2018, 5, 25), WorkingDays.After(new DateOnly(2018, 5, 11), 10, new HashSet<DateOnly>()));
        Assert.Equal(new DateOnly(2018, 5, 14), WorkingDays.After(new DateOnly(2018, 5, 12), 1, new HashSet<DateOnly>()));
    }

    private static CampaignCalendar Calendar(Dictionary<string, string?> settings, RecordingDeadline recording) =>
        new(CampaignSeasons.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()), recording);
}

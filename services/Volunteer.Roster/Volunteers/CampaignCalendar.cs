namespace Volunteer.Roster.Volunteers;

/// <summary>Dates are the campaign's dates, in China Standard Time, whatever the server's zone.</summary>
public static class CampaignCalendar
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(TimeProvider timeProvider) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Zone).DateTime);
}

using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Figures;

/// <summary>A span of campaign days, both ends included, and the instants that bound it in Asia/Shanghai.</summary>
public sealed record ReportPeriod(DateOnly Start, DateOnly End)
{
    public DateTimeOffset StartsAt => Midnight(Start);

    public DateTimeOffset EndsBefore => Midnight(End.AddDays(1));

    public string StartText => Start.ToString("yyyy-MM-dd");

    public string EndText => End.ToString("yyyy-MM-dd");

    private static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, CampaignClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

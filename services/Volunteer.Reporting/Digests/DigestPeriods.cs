using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// The period a digest covers: a Monday–Sunday week (only weeks touching April–October, the activity
/// months), a calendar month, or the campaign year up to 31 October (the November summary).
/// </summary>
public static class DigestPeriods
{
    /// <summary>The campaign began with 粤教工〔2018〕17号: no digest reports on a period before it.</summary>
    public const int FirstCampaignYear = 2018;

    private const int FirstActivityMonth = 4;
    private const int LastActivityMonth = 10;

    /// <summary>The period of this kind holding the day, or null when there is none (a weekly digest in winter).</summary>
    public static ReportPeriod? Holding(string kind, DateOnly day) => kind switch
    {
        DigestKinds.Weekly => Week(day),
        DigestKinds.Monthly => new ReportPeriod(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
        DigestKinds.CampaignSummary => new ReportPeriod(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, LastActivityMonth, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown digest kind."),
    };

    /// <summary>The period before, to show change against: the week, month or campaign year before.</summary>
    public static ReportPeriod Previous(string kind, ReportPeriod period) => kind switch
    {
        DigestKinds.Weekly => new ReportPeriod(period.Start.AddDays(-7), period.End.AddDays(-7)),
        DigestKinds.Monthly => new ReportPeriod(period.Start.AddMonths(-1), period.Start.AddDays(-1)),
        _ => new ReportPeriod(period.Start.AddYears(-1), period.End.AddYears(-1)),
    };

    /// <summary>The period a scheduled run at this local day reports on: the one that ended before it.</summary>
    public static ReportPeriod? DueAt(string kind, DateOnly runDay) => Holding(kind, runDay.AddDays(-1));

    private static ReportPeriod? Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        var touchesActivityMonths = InActivityMonths(monday) || InActivityMonths(sunday);
        return touchesActivityMonths ? new ReportPeriod(monday, sunday) : null;
    }

    private static bool InActivityMonths(DateOnly day) => day.Month is >= FirstActivityMonth and <= LastActivityMonth;
}

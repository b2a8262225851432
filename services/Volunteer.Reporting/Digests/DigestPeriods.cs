using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// The period a digest covers, following each year's campaign calendar: a Monday–Sunday week touching
/// the activity months, a calendar month, or the campaign year up to the last activity day (the
/// summary); and when each is final, after the recording deadline of activities ending on its last day.
/// </summary>
public sealed class DigestPeriods(CampaignSeasons seasons, RecordingDeadline recording)
{
    /// <summary>The campaign began with 粤教工〔2018〕17号: no digest reports on a period before it.</summary>
    public const int FirstCampaignYear = 2018;

    /// <summary>The period of this kind holding the day, or null when there is none (a weekly digest in winter).</summary>
    public ReportPeriod? Holding(string kind, DateOnly day) => kind switch
    {
        DigestKinds.Weekly => Week(day),
        DigestKinds.Monthly => new ReportPeriod(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
        DigestKinds.CampaignSummary => Summary(day.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown digest kind."),
    };

    /// <summary>The period before, to show change against: the week, month or campaign year before.</summary>
    public ReportPeriod Previous(string kind, ReportPeriod period) => kind switch
    {
        DigestKinds.Weekly => new ReportPeriod(period.Start.AddDays(-7), period.End.AddDays(-7)),
        DigestKinds.Monthly => new ReportPeriod(period.Start.AddMonths(-1), period.Start.AddDays(-1)),
        _ => Summary(period.Start.Year - 1),
    };

    /// <summary>The period a scheduled run at this local day reports on: the one that ended before it.</summary>
    public ReportPeriod? DueAt(string kind, DateOnly runDay) => Holding(kind, runDay.AddDays(-1));

    /// <summary>
    /// The first day a period's figures are final: activities ending on its last day may be recorded
    /// until the recording deadline, so before this day its digest is provisional.
    /// </summary>
    public DateOnly FinalFrom(ReportPeriod period) => recording.DueOn(period.End).AddDays(1);

    /// <summary>The day the year's summary is due: when its last activities are final (mid-November).</summary>
    public DateOnly SummaryDueOn(int year) => FinalFrom(Summary(year));

    private ReportPeriod Summary(int year) => new(new DateOnly(year, 1, 1), seasons.Of(year).ActivitiesTo);

    private ReportPeriod? Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        bool Touches(CampaignSeason season) => monday <= season.ActivitiesTo && sunday >= season.ActivitiesFrom;
        var touchesActivityMonths = Touches(seasons.Of(monday.Year)) || Touches(seasons.Of(sunday.Year));
        return touchesActivityMonths ? new ReportPeriod(monday, sunday) : null;
    }
}

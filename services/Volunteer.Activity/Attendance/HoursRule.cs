using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// A day's span and hours: hours are the on-site span (check-out minus check-in) minus the travel minutes
/// declared inside it, because travel is not service time. A day is a day in Asia/Shanghai, whatever zone
/// the instants were sent in. How many of them count directly is DailyHoursRules' business.
/// </summary>
public static class HoursRule
{
    /// <summary>The one span problem that lies in the travel minutes rather than in the check-out.</summary>
    public const string TravelOutsideSpan = "路途时间须在0至签到时长之间";

    public static DateOnly DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, CampaignClock.Zone).DateTime);

    /// <summary>The midnight (Asia/Shanghai) that ends the day: a check-out may be at most that.</summary>
    public static DateTimeOffset EndOf(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, CampaignClock.Zone.GetUtcOffset(midnight));
    }

    /// <summary>What is wrong with a span, or null when it can be counted.</summary>
    public static string? SpanProblem(DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, int travelMinutes)
    {
        if (checkedOutAt <= checkedInAt)
        {
            return "须晚于签到时间";
        }

        if (checkedOutAt > EndOf(DayOf(checkedInAt)))
        {
            return "须与签到在同一天（北京时间）；第二天请重新签到";
        }

        return travelMinutes < 0 || travelMinutes > (checkedOutAt - checkedInAt).TotalMinutes
            ? TravelOutsideSpan
            : null;
    }

    public static decimal Hours(DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, int travelMinutes) =>
        Math.Round(((decimal)(checkedOutAt - checkedInAt).TotalMinutes - travelMinutes) / 60m, 2, MidpointRounding.AwayFromZero);

    public static bool CountsTowardsRecord(HoursStatus status) => status is HoursStatus.Counted or HoursStatus.Approved;

    public static bool AwaitsApproval(HoursStatus status) => status is HoursStatus.AwaitingOrganiser or HoursStatus.AwaitingProvince;
}

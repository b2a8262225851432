using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// Hours per person per day as i志愿 practice counts them: up to 8 count directly, more than 8 and up
/// to 12 need the organising union's approval, more than 12 the province's. Hours are the on-site span
/// (check-out minus check-in) minus the travel minutes declared inside it, because travel is not
/// service time. A day is a day in Asia/Shanghai, whatever zone the instants were sent in.
/// </summary>
public static class HoursRule
{
    public const decimal DirectLimit = 8m;
    public const decimal OrganiserLimit = 12m;

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
            return "must be after the check-in";
        }

        if (checkedOutAt > EndOf(DayOf(checkedInAt)))
        {
            return "must be on the check-in's day (China Standard Time); check in again for the next day";
        }

        return travelMinutes < 0 || travelMinutes > (checkedOutAt - checkedInAt).TotalMinutes
            ? "travel minutes must be between 0 and the checked-in span"
            : null;
    }

    public static decimal Hours(DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, int travelMinutes) =>
        Math.Round(((decimal)(checkedOutAt - checkedInAt).TotalMinutes - travelMinutes) / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Meeting days keep attendance but give no service hours (national rules §19).</summary>
    public static (decimal Hours, HoursStatus Status) Count(decimal hours, bool meetingDay) =>
        meetingDay ? (0m, HoursStatus.NotService)
        : hours <= DirectLimit ? (hours, HoursStatus.Counted)
        : hours <= OrganiserLimit ? (hours, HoursStatus.AwaitingOrganiser)
        : (hours, HoursStatus.AwaitingProvince);

    public static bool CountsTowardsRecord(HoursStatus status) => status is HoursStatus.Counted or HoursStatus.Approved;

    public static bool AwaitsApproval(HoursStatus status) => status is HoursStatus.AwaitingOrganiser or HoursStatus.AwaitingProvince;
}

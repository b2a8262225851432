namespace Volunteer.Activity.Attendance;

/// <summary>
/// Hours per person per day across every activity, as i志愿 practice counts them: up to 8 count directly,
/// more than 8 and up to 12 need the organising union's approval, more than 12 the province's. The tier
/// belongs to the person's day, not to one activity, so a day is counted against the service hours the
/// person already has that day elsewhere: the attendance that takes the day past 8 hours awaits approval
/// (at the level the day's total needs) while the earlier ones, counted within the 8, stand. Directly
/// counted hours of one person and day therefore never exceed 8, and what lies beyond is decided by the
/// approval the rules ask for rather than split by the platform.
/// </summary>
public static class DailyHoursRules
{
    public const decimal DirectLimit = 8m;
    public const decimal OrganiserLimit = 12m;

    /// <summary>Meeting days keep attendance but give no service hours (national rules §19).</summary>
    /// <param name="hours">This attendance's hours.</param>
    /// <param name="elsewhereHours">The person's service hours that day at their other activities.</param>
    public static (decimal Hours, HoursStatus Status) Count(decimal hours, decimal elsewhereHours, bool meetingDay)
    {
        if (meetingDay)
        {
            return (0m, HoursStatus.NotService);
        }

        var day = hours + elsewhereHours;
        return day <= DirectLimit ? (hours, HoursStatus.Counted)
            : day <= OrganiserLimit ? (hours, HoursStatus.AwaitingOrganiser)
            : (hours, HoursStatus.AwaitingProvince);
    }
}

namespace Volunteer.ServiceDefaults.Time;

/// <summary>
/// A campaign year's calendar: deployment month, the window activities take place in, summary month
/// (March, April–October, November in 2018's program). The one statement of which days are campaign days.
/// </summary>
public sealed record CampaignSeason(
    int Year, int DeploymentMonth, DateOnly ActivitiesFrom, DateOnly ActivitiesTo, int SummaryMonth)
{
    /// <summary>Whether the day is in the activity window (days outside are flagged, not silently accepted).</summary>
    public bool Contains(DateOnly day) => day >= ActivitiesFrom && day <= ActivitiesTo;
}

namespace Volunteer.Activity.Campaigns;

/// <summary>One year's campaign calendar: deployment, the window activities fall in, summary.</summary>
public sealed record CampaignYear(int Year, int DeploymentMonth, DateOnly ActivitiesFrom, DateOnly ActivitiesTo, int SummaryMonth)
{
    public bool Contains(DateOnly day) => day >= ActivitiesFrom && day <= ActivitiesTo;
}

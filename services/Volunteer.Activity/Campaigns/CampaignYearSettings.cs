namespace Volunteer.Activity.Campaigns;

/// <summary>A year's calendar as configured; what is missing follows the 2018 program.</summary>
public sealed class CampaignYearSettings
{
    public int? DeploymentMonth { get; init; }

    public DateOnly? ActivitiesFrom { get; init; }

    public DateOnly? ActivitiesTo { get; init; }

    public int? SummaryMonth { get; init; }
}

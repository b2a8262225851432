namespace Volunteer.ServiceDefaults.Time;

/// <summary>The window of a campaign year in which activities take place (April–October in 2018's program).</summary>
public sealed record CampaignSeason(int Year, DateOnly ActivitiesFrom, DateOnly ActivitiesTo);

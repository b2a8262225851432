namespace Volunteer.ServiceDefaults.Time;

/// <summary>The window of a campaign year in which activities take place (April–October in the 2018 program).</summary>
public sealed record CampaignSeason(int Year, DateOnly ActivitiesFrom, DateOnly ActivitiesTo);

namespace Volunteer.Activity.Campaigns;

/// <summary>
/// Configuration "Activity:Campaigns:&lt;year&gt;" (any field may be left out); the public holidays of the
/// recording deadline are "Campaign:PublicHolidays", shared with reporting.
/// </summary>
public sealed class CampaignSettings
{
    public const string SectionName = "Activity";

    public Dictionary<int, CampaignYearSettings> Campaigns { get; init; } = [];
}

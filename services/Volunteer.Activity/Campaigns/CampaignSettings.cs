namespace Volunteer.Activity.Campaigns;

/// <summary>
/// Configuration "Activity:Campaigns:&lt;year&gt;" (any field may be left out) and
/// "Activity:PublicHolidays" (days that are not working days for the recording deadline).
/// </summary>
public sealed class CampaignSettings
{
    public const string SectionName = "Activity";

    public Dictionary<int, CampaignYearSettings> Campaigns { get; init; } = [];

    public List<DateOnly> PublicHolidays { get; init; } = [];
}

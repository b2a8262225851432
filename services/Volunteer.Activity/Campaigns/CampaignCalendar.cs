using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Campaigns;

/// <summary>
/// The campaign calendar as planning reads it: the shared "Campaign:Years" calendar (<see cref="CampaignSeasons"/>)
/// and the shared recording deadline, so activity and reporting never disagree on a campaign day or a due day.
/// </summary>
public sealed class CampaignCalendar(CampaignSeasons seasons, RecordingDeadline recording)
{
    public CampaignSeason For(int year) => seasons.Of(year);

    public DateOnly RecordDueOn(DateOnly endsOn) => recording.DueOn(endsOn);
}

using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Campaigns;

/// <summary>
/// The campaign of a year. Without configuration every year follows 粤教工〔2018〕17号: deployment in
/// March, activities from April 1 to October 31, summary in November.
/// </summary>
public sealed class CampaignCalendar(IOptions<CampaignSettings> options, RecordingDeadline recording)
{
    public CampaignYear For(int year)
    {
        var configured = options.Value.Campaigns.GetValueOrDefault(year) ?? new CampaignYearSettings();
        return new CampaignYear(
            year,
            configured.DeploymentMonth ?? 3,
            configured.ActivitiesFrom ?? new DateOnly(year, 4, 1),
            configured.ActivitiesTo ?? new DateOnly(year, 10, 31),
            configured.SummaryMonth ?? 11);
    }

    public DateOnly RecordDueOn(DateOnly endsOn) => recording.DueOn(endsOn);
}

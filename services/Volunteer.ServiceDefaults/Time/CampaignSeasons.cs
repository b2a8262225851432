using Microsoft.Extensions.Configuration;

namespace Volunteer.ServiceDefaults.Time;

/// <summary>
/// Each campaign year's calendar from "Campaign:Years:&lt;year&gt;:DeploymentMonth|ActivitiesFrom|ActivitiesTo|
/// SummaryMonth" (any of them may be left out), passed to every service like the public holidays, so activity
/// flags plans and reporting cuts its periods by one calendar; what is not configured follows 粤教工〔2018〕17号
/// (deployment in March, activities April 1 to October 31, summary in November).
/// </summary>
public sealed class CampaignSeasons(IReadOnlyDictionary<int, CampaignSeason> configured)
{
    public const string YearsKey = "Campaign:Years";

    public static CampaignSeasons From(IConfiguration configuration)
    {
        var years = new Dictionary<int, CampaignSeason>();
        foreach (var section in configuration.GetSection(YearsKey).GetChildren())
        {
            if (int.TryParse(section.Key, out var year))
            {
                var standard = Standard(year);
                years[year] = new CampaignSeason(year,
                    section.GetValue<int?>("DeploymentMonth") ?? standard.DeploymentMonth,
                    section.GetValue<DateOnly?>("ActivitiesFrom") ?? standard.ActivitiesFrom,
                    section.GetValue<DateOnly?>("ActivitiesTo") ?? standard.ActivitiesTo,
                    section.GetValue<int?>("SummaryMonth") ?? standard.SummaryMonth);
            }
        }

        return new CampaignSeasons(years);
    }

    public CampaignSeason Of(int year) => configured.GetValueOrDefault(year) ?? Standard(year);

    private static CampaignSeason Standard(int year) =>
        new(year, 3, new DateOnly(year, 4, 1), new DateOnly(year, 10, 31), 11);
}

using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class CampaignMapping
{
    public static Proto.Campaign ToProto(this CampaignSeason campaign) => new()
    {
        Year = campaign.Year,
        DeploymentMonth = campaign.DeploymentMonth,
        ActivitiesFrom = campaign.ActivitiesFrom.ToString("yyyy-MM-dd"),
        ActivitiesTo = campaign.ActivitiesTo.ToString("yyyy-MM-dd"),
        SummaryMonth = campaign.SummaryMonth,
    };
}

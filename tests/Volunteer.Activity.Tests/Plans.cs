using Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Tests;

/// <summary>Valid requests tests start from and then spoil one field at a time.</summary>
internal static class Plans
{
    public static ActivityService.ActivityServiceClient Client(ActivityServiceHost host) => new(host.CreateChannel());

    /// <summary>A three-day 送教 activity in next year's campaign window (after the members joined).</summary>
    public static PlanActivityRequest Teaching(CampaignWorld world, string startsOn = "2027-05-10", string endsOn = "2027-05-12") => new()
    {
        UnionId = world.City.Id,
        Name = "送教下乡·连山初中物理",
        Form = ActivityForm.Teaching,
        Domain = ServiceDomain.Education,
        Mode = AssistanceMode.Designated,
        TeamIds = { world.TeamId },
        StartsOn = startsOn,
        EndsOn = endsOn,
        Place = "连山县太保镇中心小学",
        RegionCode = "441825",
        LeaderName = "王建国",
        Content = "初三物理实验课与教研交流",
        RiskStatement = "山区道路，雨季注意交通安全",
        Budget = new Budget { Amount = "3500.00", Source = FundingSource.Union },
    };

    public static async Task<Contracts.Activity.V1.Activity> PlanAsync(ActivityServiceHost host, CampaignWorld world, PlanActivityRequest? request = null) =>
        (await Client(host).PlanActivityAsync(request ?? Teaching(world), world.ProvinceAdmin)).Activity;
}

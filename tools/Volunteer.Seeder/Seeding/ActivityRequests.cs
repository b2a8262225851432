using Volunteer.Contracts.Activity.V1;
using Volunteer.Seeder.Demo;

namespace Volunteer.Seeder.Seeding;

/// <summary>How a demo activity is planned: its team, site and need, days, place, leader and a budget the recipients never pay.</summary>
public static class ActivityRequests
{
    private const string OnlinePlatform = "广东省教育资源公共服务平台";

    public static PlanActivityRequest Plan(ActivitySpec spec, SeededCampaign seeded, SeedingRun run) => new()
    {
        RequestId = run.RequestId(spec.Key),
        UnionId = seeded.Roster.Unions[spec.Union.Key],
        Name = spec.Name,
        Form = spec.Form,
        Domain = spec.Domain,
        Mode = spec.Mode,
        SiteId = spec.Site is null ? "" : seeded.Sites[spec.Site.Key],
        NeedId = spec.Site is null ? "" : seeded.Needs[spec.Key],
        TeamIds = { seeded.Roster.Teams[spec.Team.Key] },
        StartsOn = spec.StartsOn.ToString("yyyy-MM-dd"),
        EndsOn = spec.EndsOn.ToString("yyyy-MM-dd"),
        Place = spec.Site?.Name ?? OnlinePlatform,
        RegionCode = spec.Site?.RegionCode ?? spec.Union.RegionCode,
        LeaderName = spec.Team.Members[0].Name,
        Content = spec.Content,
        RiskStatement = Risks.Statement(spec),
        Budget = new Budget { Amount = DemoOutcomes.Money(spec.Budget), Source = spec.Funding, RecipientCost = "0" },
    };
}

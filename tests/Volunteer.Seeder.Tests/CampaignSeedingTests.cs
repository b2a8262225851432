using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Seeding;
using Volunteer.Seeder.Tokens;
using Volunteer.Testing;

namespace Volunteer.Seeder.Tests;

public sealed class CampaignSeedingTests(CampaignHosts hosts) : IClassFixture<CampaignHosts>
{
    private const int Seed = 11;

    [Fact]
    public async Task Seeding_a_slice_twice_runs_it_through_all_four_services_once_and_reporting_shows_its_hours()
    {
        var plan = Slice();
        using var services = Seeder();
        var campaign = services.GetRequiredService<DemoCampaign>();
        var tokens = services.GetRequiredService<CallerTokens>();

        var (first, _) = await campaign.SeedAsync(plan, CancellationToken.None);
        var (second, figures) = await campaign.SeedAsync(plan, CancellationToken.None);

        Assert.Equal(first.Activities.OrderBy(a => a.Key), second.Activities.OrderBy(a => a.Key));
        Assert.Equal(first.Sites.OrderBy(a => a.Key), second.Sites.OrderBy(a => a.Key));
        Assert.Equal(plan.Activities.Count, second.Activities.Count);
        var activity = new ActivityService.ActivityServiceClient(hosts.Activity.CreateChannel());
        var listed = (await activity.ListActivitiesAsync(new ListActivitiesRequest { PageSize = 500 }, tokens.Province)).Activities;
        Assert.Equal(plan.Activities.Count, listed.Count);

        var countedHours = 0.0;
        foreach (var spec in plan.Activities)
        {
            var current = (await activity.GetActivityAsync(new GetActivityRequest { Id = second.Activities[spec.Key] }, tokens.Province)).Activity;
            Assert.Equal(Expected(spec.Fate), current.Status);
            if (spec.Fate is ActivityFate.Uninsured or ActivityFate.Untrained)
            {
                Assert.NotEmpty(current.Clearance.Reasons);
                Assert.All(current.Clearance.Reasons, r => Assert.Equal(spec.Fate == ActivityFate.Uninsured ? "UNINSURED" : "NO_SAFETY_TRAINING", r.Code));
            }

            var days = (await activity.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = current.Id, PageSize = 500 }, tokens.Province)).Attendances;
            Assert.Equal(spec.Runs ? current.Participants.Count(p => p.Status == ParticipantStatus.Confirmed) * spec.Days.Count() : 0, days.Count);
            countedHours += days.Where(d => d.HoursStatus is HoursStatus.Counted or HoursStatus.Approved).Sum(d => d.Hours);
        }

        Assert.True(countedHours > 0);
        var ran = second.Activities[plan.Activities.First(a => a.Runs).Key];
        var safety = new SafetyService.SafetyServiceClient(hosts.Safety.CreateChannel());
        var safetyPlan = (await safety.GetSafetyPlanAsync(
            new GetSafetyPlanRequest { ActivityId = ran }, tokens.Province)).Plan;
        Assert.Equal(2, safetyPlan.EmergencyContacts.Count);
        Assert.All(safetyPlan.EmergencyContacts, contact => Assert.Contains("***", contact.Phone));
        Assert.Equal(countedHours, figures.ServiceHours, 2);
        var reporting = new ReportingService.ReportingServiceClient(hosts.Reporting.CreateChannel());
        var digests = await reporting.ListDigestsAsync(new ListDigestsRequest(), tokens.Province);
        // Three periods' digests province-wide and again for the demo accounts' union, seeded once each.
        Assert.Equal(6, digests.Digests.Count);
        Assert.Equal(2, digests.Digests.Select(d => d.UnionId).Distinct().Count());
        var cases = await reporting.ListTypicalCasesAsync(new ListTypicalCasesRequest(), tokens.Province);
        Assert.Equal(Math.Min(5, plan.Activities.Count(a => a.Fate == ActivityFate.Recorded)), cases.Cases.Count);
        await AssertDemoAccountsAsync(plan, second, tokens);
    }

    private async Task AssertDemoAccountsAsync(DemoPlan plan, SeededCampaign seeded, CallerTokens tokens)
    {
        var identity = new IdentityService.IdentityServiceClient(hosts.Identity.CreateChannel());
        var accounts = (await identity.ListAccountsAsync(
            new ListAccountsRequest { Text = "demo-", PageSize = 50 }, tokens.Province)).Accounts;

        Assert.Equal(DemoAccounts.For(plan.Roster).Select(a => a.UserName).Order(), accounts.Select(a => a.UserName).Order());
        var captain = Assert.Single(accounts, a => a.UserName == "demo-captain");
        Assert.Equal([PlatformRoles.TeamCaptain, PlatformRoles.Volunteer], captain.Grants.Select(g => g.Role).Order());
        Assert.Equal(seeded.Roster.People[plan.Roster.Teams[0].Members[0].Key], captain.VolunteerId);
        Assert.Equal(seeded.Roster.Teams[plan.Roster.Teams[0].Key], captain.Grants.Single(g => g.TeamId != "").TeamId);
    }

    private static ActivityStatus Expected(ActivityFate fate) => fate switch
    {
        ActivityFate.Recorded => ActivityStatus.Recorded,
        ActivityFate.Unrecorded => ActivityStatus.Completed,
        ActivityFate.Cancelled => ActivityStatus.Cancelled,
        _ => ActivityStatus.Blocked,
    };

    /// <summary>Three teams whose activities include both kinds of blocked ones, so every path is taken.</summary>
    private static DemoPlan Slice()
    {
        var full = DemoPlan.Create(DemoRoster.Create(Seed, scale: 1), Seed);
        var uninsured = full.Activities.First(a => a.Fate is ActivityFate.Uninsured).Team;
        var untrained = full.Activities.First(a => a.Fate is ActivityFate.Untrained && a.Team != uninsured).Team;
        var other = full.Activities.First(a => a.Team != uninsured && a.Team != untrained && a.Fate == ActivityFate.Recorded).Team;
        return DemoPlan.Create(full.Roster with { Teams = [uninsured, untrained, other] }, Seed);
    }

    private ServiceProvider Seeder()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Information));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SeederOptions>().Configure(o => (o.Seed, o.Parallelism) = (Seed, 4));
        services.AddSingleton<ITokenSource>(new IssuerTokenSource(hosts.Roster.Tokens));
        services.AddSingleton(new RosterService.RosterServiceClient(hosts.Roster.CreateChannel()));
        services.AddSingleton(new ActivityService.ActivityServiceClient(hosts.Activity.CreateChannel()));
        services.AddSingleton(new SafetyService.SafetyServiceClient(hosts.Safety.CreateChannel()));
        services.AddSingleton(new ReportingService.ReportingServiceClient(hosts.Reporting.CreateChannel()));
        services.AddSingleton(new IdentityService.IdentityServiceClient(hosts.Identity.CreateChannel()));
        services.AddSeedingSteps();
        return services.BuildServiceProvider();
    }
}

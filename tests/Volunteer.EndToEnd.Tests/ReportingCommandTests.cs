using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Campaign;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using RosterV1 = Volunteer.Contracts.Roster.V1;

namespace Volunteer.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ReportingCommandTests(PlatformFixture platform) : IDisposable
{
    private readonly Grpc.Net.Client.GrpcChannel _rosterChannel = platform.CreateChannel("roster");
    private readonly Grpc.Net.Client.GrpcChannel _activityChannel = platform.CreateChannel("activity");

    [Fact]
    public async Task Generate_digest_now_produces_the_periods_digest_once_and_then_returns_it()
    {
        // The platform was installed today: only an activity entered for June gives June a province digest.
        await PlanAnActivityInJuneAsync();
        var june = Arguments("Monthly", "2026-06-15");

        var first = await Wait.UntilAsync("reporting to learn of the June activity",
            () => platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "generate-digest", june),
            result => result.Success);
        var again = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "generate-digest", june);

        Assert.StartsWith("Produced: Monthly 2026-06-01–2026-06-30", first.Message);
        Assert.True(again.Success, again.Message);
        Assert.StartsWith("Already there: Monthly 2026-06-01–2026-06-30", again.Message);
    }

    [Fact]
    public async Task Generate_digest_now_says_why_a_period_before_the_platforms_data_has_no_digest()
    {
        var result = await platform.App.ResourceCommands.ExecuteCommandAsync(
            "reporting", "generate-digest", Arguments("Monthly", "2019-06-15"));

        Assert.False(result.Success);
        Assert.Contains("截至 2019-06-30 的期间没有可报告的数据", result.Message);
    }

    [Fact]
    public async Task Rebuild_read_models_replays_reportings_event_log()
    {
        var result = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "rebuild-read-models");

        Assert.True(result.Success, result.Message);
        Assert.Matches(@"^Rebuilt from \d+ events$", result.Message);
    }

    public void Dispose()
    {
        _rosterChannel.Dispose();
        _activityChannel.Dispose();
    }

    private static InteractionInputCollection Arguments(string kind, string day) => new(
    [
        new InteractionInput { Name = "kind", InputType = InputType.Choice, Value = kind },
        new InteractionInput { Name = "day", InputType = InputType.Text, Value = day },
    ]);

    // A draft entered afterwards (补录) for a June day, for a team of a city of the province.
    private async Task PlanAnActivityInJuneAsync()
    {
        var roster = new RosterV1.RosterService.RosterServiceClient(_rosterChannel);
        var city = await UnionTree.CityAsync(
            roster, platform.BearerToken(PlatformRoles.ProvincialAdmin), "440300", "深圳市教育工会");
        var admin = platform.BearerToken(PlatformRoles.UnionAdmin, city.Id, "admin-shenzhen");
        var team = await ServiceTeam.FormAsync(
            roster, admin, city.Id, "深圳市实验学校送教分队", volunteers: 2, "2026-05-01", "2026-05-20");
        var activity = new ActivityV1.ActivityService.ActivityServiceClient(_activityChannel);
        await Wait.ForReplicaAsync("activity to learn of the city union and its team", () => activity.PlanActivityAsync(
            new()
            {
                RequestId = "e2e-digest-activity-440300", UnionId = city.Id, Name = "送教下乡·和平阳明中心小学",
                Form = ActivityV1.ActivityForm.Teaching, Domain = ActivityV1.ServiceDomain.Education,
                Mode = ActivityV1.AssistanceMode.Designated, TeamIds = { team.TeamId },
                StartsOn = "2026-06-10", EndsOn = "2026-06-10",
                Place = "和平县阳明镇中心小学", RegionCode = "441624", LeaderName = "王海", Content = "初二数学示范课",
                RiskStatement = "山路弯多；统一乘车往返。",
                Budget = new() { Amount = "1200.00", Source = ActivityV1.FundingSource.Union },
            }, admin).ResponseAsync, StatusCode.NotFound, StatusCode.PermissionDenied);
    }
}

using Volunteer.Testing;

namespace Volunteer.Activity.Tests.Access;

/// <summary>The edge looks up each thing a request names, so it refuses a list too long to look up.</summary>
public sealed class EdgeBoundTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_plan_naming_more_teams_than_the_edge_looks_up_is_refused_by_field_before_any_lookup()
    {
        var world = await host.WorldAsync();
        var plan = Plans.Teaching(world);
        plan.TeamIds.Add(Enumerable.Range(0, 1001).Select(_ => Guid.NewGuid().ToString()));

        var fields = await RpcAssert.InvalidFieldsAsync(
            () => Plans.Client(host).PlanActivityAsync(plan, world.CityAdmin(host)).ResponseAsync);

        Assert.Equal(["team_ids"], fields);
    }
}

using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>The world's organiser is a city education union: 省内定点帮扶 at its own cost fits the program.</summary>
public sealed class AssistanceModePlanTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_paired_plan_by_an_education_union_is_refused_on_organiser_and_payer()
    {
        var world = await host.WorldAsync();
        var paired = Plans.Teaching(world);
        paired.Mode = AssistanceMode.Paired;
        paired.Name = "对口帮扶·未说明例外";

        var fields = await RpcAssert.InvalidFieldsAsync(
            () => Plans.Client(host).PlanActivityAsync(paired, world.ProvinceAdmin).ResponseAsync);

        Assert.Equal(["budget.source", "union_id"], fields);
        var list = await Plans.Client(host).ListActivitiesAsync(new ListActivitiesRequest { PageSize = 500 }, world.ProvinceAdmin);
        Assert.DoesNotContain(list.Activities, a => a.Name == paired.Name);
    }

    [Fact]
    public async Task A_designated_plan_paid_by_a_unit_is_refused_on_the_payer()
    {
        var world = await host.WorldAsync();
        var plan = Plans.Teaching(world);
        plan.Budget.Source = FundingSource.Unit;

        Assert.Equal(["budget.source"], await RpcAssert.InvalidFieldsAsync(
            () => Plans.Client(host).PlanActivityAsync(plan, world.ProvinceAdmin).ResponseAsync));
    }

    [Fact]
    public async Task A_stated_exception_is_accepted_stored_and_shown()
    {
        var world = await host.WorldAsync();
        var plan = Plans.Teaching(world);
        plan.Mode = AssistanceMode.Paired;
        plan.Budget.Source = FundingSource.Unit;
        plan.ModeExceptionReason = "  市教育工会代结对医院组织，费用由医院承担  ";

        var planned = await Plans.PlanAsync(host, world, plan);
        var read = (await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = planned.Id }, world.ProvinceAdmin)).Activity;

        Assert.Equal("市教育工会代结对医院组织，费用由医院承担", read.ModeExceptionReason);
    }

    [Fact]
    public async Task A_reason_given_where_none_is_needed_is_not_kept()
    {
        var world = await host.WorldAsync();
        var plan = Plans.Teaching(world);
        plan.ModeExceptionReason = "无需例外";

        Assert.Equal("", (await Plans.PlanAsync(host, world, plan)).ModeExceptionReason);
    }
}

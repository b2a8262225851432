using Google.Protobuf.WellKnownTypes;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>
/// The reason accepted for a departure from the program's mode, organiser and payer pairing is edited under
/// the same rule as at planning, each change kept in the history.
/// </summary>
public sealed class ModeExceptionEditTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_departing_activitys_reason_is_reworded_kept_in_history_and_cannot_be_cleared()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var plan = Plans.Teaching(world);
        (plan.Mode, plan.Budget.Source, plan.ModeExceptionReason) =
            (AssistanceMode.Paired, FundingSource.Unit, "市教育工会代结对医院组织");
        var planned = await Plans.PlanAsync(host, world, plan);

        var reworded = (await client.UpdateActivityAsync(Edit(planned.Id, "reason", "市教育工会代结对医院组织，费用由医院承担"),
            world.CityAdmin(host))).Activity;
        var cleared = await RpcAssert.InvalidFieldsAsync(() => client.UpdateActivityAsync(
            Edit(planned.Id, "reason", "  "), world.CityAdmin(host)).ResponseAsync);

        Assert.Equal("市教育工会代结对医院组织，费用由医院承担", reworded.ModeExceptionReason);
        Assert.Equal(["activity.union_id"], cleared);
        var change = Assert.Single(Assert.Single((await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = planned.Id }, world.ProvinceAdmin)).Edits).Changes);
        Assert.Equal(("mode_exception_reason", "市教育工会代结对医院组织", "市教育工会代结对医院组织，费用由医院承担"),
            (change.Path, change.Before, change.After));
        Assert.Equal(reworded.Etag, (await client.GetActivityAsync(
            new GetActivityRequest { Id = planned.Id }, world.ProvinceAdmin)).Activity.Etag);
    }

    [Fact]
    public async Task A_payer_edit_that_departs_needs_a_reason_and_the_reason_goes_when_the_departure_does()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var planned = await Plans.PlanAsync(host, world);

        var refused = await RpcAssert.InvalidFieldsAsync(() => client.UpdateActivityAsync(
            Edit(planned.Id, "unit", ""), world.CityAdmin(host)).ResponseAsync);
        var departed = (await client.UpdateActivityAsync(
            Edit(planned.Id, "unit", "医院捐资，工会组织"), world.CityAdmin(host))).Activity;
        var back = (await client.UpdateActivityAsync(
            Edit(planned.Id, "union", "医院捐资，工会组织"), world.CityAdmin(host))).Activity;

        Assert.Equal(["activity.budget.source"], refused);
        Assert.Equal((FundingSource.Unit, "医院捐资，工会组织"), (departed.Budget.Source, departed.ModeExceptionReason));
        Assert.Equal((FundingSource.Union, ""), (back.Budget.Source, back.ModeExceptionReason));
    }

    // "reason": only the reason is masked; "unit"/"union": the payer and the reason together.
    private static UpdateActivityRequest Edit(string id, string what, string reason)
    {
        var request = new UpdateActivityRequest
        {
            Id = id, UpdateMask = new FieldMask { Paths = { "mode_exception_reason" } },
            Activity = new ActivityChanges { ModeExceptionReason = reason },
        };
        if (what != "reason")
        {
            request.UpdateMask.Paths.Add("budget");
            request.Activity.Budget = new Budget
            {
                Amount = "3500.00", Source = what == "unit" ? FundingSource.Unit : FundingSource.Union,
            };
        }

        return request;
    }
}

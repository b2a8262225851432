using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// A plan's contact phones are shown only around the activity's days (default: from a day before its first
/// to two days after its last, three service days here), never for a cancelled activity or one without a
/// plan; a refusal audits nothing.
/// </summary>
public sealed class PlanContactRevealWindowTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private const string Reason = "队员返程途中受伤";
    private readonly SafetyTestData _data = new(host);

    [Theory]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(-4, true)]
    [InlineData(-5, false)]
    public async Task Phones_are_shown_from_a_day_before_the_activity_until_two_days_after_it(int startsIn, bool shown)
    {
        var (city, activity) = await PlannedActivityAsync(startsIn);
        var officer = _data.Officer(city);

        if (shown)
        {
            Assert.Single((await PlanReveal.RevealAsync(_data, activity, Reason, officer)).Contacts);
            Assert.Single(await PlanReveal.AuditedAsync(_data, activity));
            return;
        }

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => PlanReveal.RevealAsync(_data, activity, Reason, officer));
        Assert.Equal("OUTSIDE_ACTIVITY_WINDOW", error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Empty(await PlanReveal.AuditedAsync(_data, activity));
    }

    [Fact]
    public async Task A_cancelled_activity_or_one_without_a_plan_reveals_nothing()
    {
        var (city, cancelled) = await PlannedActivityAsync(startsIn: 0);
        var unplanned = await _data.ActivityAsync(city, [], startsOn: PlanReveal.Today);
        await host.DeliverAsync(new ActivityCancelled(cancelled, city, "暴雨", DateTimeOffset.UtcNow));
        var officer = _data.Officer(city);

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => PlanReveal.RevealAsync(_data, cancelled, Reason, officer));
        await RpcAssert.FailsAsync(
            StatusCode.NotFound, () => PlanReveal.RevealAsync(_data, unplanned, Reason, officer));

        Assert.Equal("ACTIVITY_CANCELLED", error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0].Type);
        Assert.Empty(await PlanReveal.AuditedAsync(_data, cancelled));
        Assert.Empty(await PlanReveal.AuditedAsync(_data, unplanned));
    }

    private async Task<(Guid City, Guid Activity)> PlannedActivityAsync(int startsIn)
    {
        var city = await _data.CityAsync();
        return (city, await PlanReveal.PlannedActivityAsync(_data, city, startsIn));
    }
}

using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>An activity starts only once safety has cleared it, whatever order safety's verdicts arrive in.</summary>
public sealed class ClearanceGateTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Start_is_refused_with_safetys_reasons_until_a_newer_verdict_clears_it_and_a_late_old_verdict_changes_nothing()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);
        await client.SubmitActivityAsync(new SubmitActivityRequest { Id = activity.Id }, world.Captain(host));

        var awaiting = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.StartActivityAsync(new StartActivityRequest { Id = activity.Id }, world.ProvinceAdmin).ResponseAsync);
        Assert.Equal("AWAITING_SAFETY", Assert.Single(awaiting.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Type);

        var uninsured = Guid.Parse(world.VolunteerId);
        await host.PublishAsync(Verdict(activity, cleared: false, revision: 2,
            new ClearanceReason("PLAN_NOT_APPROVED", null, [], "The safety plan awaits approval."),
            new ClearanceReason("UNINSURED", uninsured, [new DateOnly(2027, 5, 11)], "Not insured on 2027-05-11.")));
        await WaitForStatusAsync(activity.Id, ActivityStatus.Blocked);
        var blocked = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.StartActivityAsync(new StartActivityRequest { Id = activity.Id }, world.ProvinceAdmin).ResponseAsync);
        var violations = blocked.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations;
        Assert.Equal(["PLAN_NOT_APPROVED", "UNINSURED"], violations.Select(v => v.Type));
        Assert.Equal($"volunteer/{uninsured}", violations[1].Subject);
        Assert.Contains("NOT_CLEARED", blocked.Status.Detail);

        await host.PublishAsync(Verdict(activity, cleared: true, revision: 3));
        await WaitForStatusAsync(activity.Id, ActivityStatus.Cleared);
        await host.WaitUntilConsumedAsync(
            await host.PublishAsync(Verdict(activity, cleared: false, revision: 1, new ClearanceReason("NO_RESPONSIBLE_PERSON", null, [], "No one named."))));

        var started = (await client.StartActivityAsync(new StartActivityRequest { Id = activity.Id }, world.Captain(host))).Activity;
        Assert.Equal(ActivityStatus.InProgress, started.Status);
        Assert.True(started.Clearance.Cleared);
        Assert.Empty(started.Clearance.Reasons);
    }

    [Fact]
    public async Task A_redelivered_verdict_is_applied_once_and_a_verdict_for_a_draft_leaves_it_a_draft()
    {
        var world = await host.WorldAsync();
        var draft = await Plans.PlanAsync(host, world);
        var verdict = Verdict(draft, cleared: true, revision: 1);
        var messageId = await host.PublishAsync(verdict);
        await host.PublishAsync(verdict, messageId);
        await host.PublishAsync(verdict);
        var seen = await WaitForClearanceAsync(draft.Id);

        Assert.Equal(ActivityStatus.Draft, seen.Status);
        Assert.True(seen.Clearance.Cleared);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => Plans.Client(host).StartActivityAsync(new StartActivityRequest { Id = draft.Id }, world.ProvinceAdmin).ResponseAsync);
    }

    private static ActivityClearanceChanged Verdict(Contracts.Activity.V1.Activity activity, bool cleared, long revision, params ClearanceReason[] reasons) =>
        new(Guid.Parse(activity.Id), Guid.Parse(activity.UnionId), cleared, revision, reasons, DateTimeOffset.UtcNow);

    private async Task WaitForStatusAsync(string id, ActivityStatus status)
    {
        var seen = await Eventually.GetAsync(() => GetAsync(id), a => a.Status == status);
        Assert.Equal(status, seen.Status);
    }

    private async Task<Contracts.Activity.V1.Activity> WaitForClearanceAsync(string id)
    {
        var seen = await Eventually.GetAsync(() => GetAsync(id), a => a.Clearance is not null);
        Assert.NotNull(seen.Clearance);
        return seen;
    }

    private async Task<Contracts.Activity.V1.Activity> GetAsync(string id) =>
        (await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = id }, (await host.WorldAsync()).ProvinceAdmin)).Activity;
}

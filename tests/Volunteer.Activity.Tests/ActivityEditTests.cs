using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RabbitMQ.Client;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;
using Volunteer.Testing;
using static Volunteer.Activity.Tests.PublishedEvents;

namespace Volunteer.Activity.Tests;

/// <summary>
/// Draft and blocked activities change by update mask, each change kept; a blocked one goes back to safety.
/// </summary>
public sealed class ActivityEditTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_blocked_activity_without_its_uninsured_participant_is_resubmitted_and_clears()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);
        foreach (var volunteer in new[] { world.VolunteerId, world.SecondVolunteerId })
        {
            await client.ConfirmParticipationAsync(
                new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = volunteer },
                world.Volunteer(host, volunteer));
        }

        await client.SubmitActivityAsync(new SubmitActivityRequest { Id = activity.Id }, world.ProvinceAdmin);
        await host.PublishAsync(Verdict(activity, cleared: false, revision: 1,
            new ClearanceReason("UNINSURED", Guid.Parse(world.SecondVolunteerId), [new DateOnly(2027, 5, 10)], "未投保")));
        var blocked = await WaitForAsync(activity.Id, ActivityStatus.Blocked);
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var submissions = await WatchAsync(channel, nameof(ActivitySubmitted));
        var withdrawals = await WatchAsync(channel, nameof(ParticipantWithdrew));

        var edited = await client.UpdateActivityAsync(new UpdateActivityRequest
        {
            Id = activity.Id, Etag = blocked.Etag, UpdateMask = new FieldMask { Paths = { "participant_ids" } },
            Activity = new ActivityChanges { ParticipantIds = { world.VolunteerId } },
        }, world.CityAdmin(host));

        Assert.True(edited.Resubmitted);
        Assert.Equal(ActivityStatus.Blocked, edited.Activity.Status);
        Assert.Equal([world.VolunteerId], edited.Activity.Participants.Select(p => p.VolunteerId));
        var resubmission = await NextAsync(channel, submissions);
        Assert.Equal([world.VolunteerId],
            resubmission.GetProperty("participantIds").EnumerateArray().Select(e => e.GetString()));
        var withdrawal = await NextAsync(channel, withdrawals);
        Assert.Equal(world.SecondVolunteerId, withdrawal.GetProperty("volunteerId").GetString());
        await host.PublishAsync(Verdict(activity, cleared: true, revision: 2));
        Assert.Empty((await WaitForAsync(activity.Id, ActivityStatus.Cleared)).Clearance.Reasons);

        var history = (await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = activity.Id }, world.CityAdmin(host))).Edits;
        var change = Assert.Single(Assert.Single(history).Changes);
        Assert.Equal(("city-admin", "participant_ids"), (history[0].Editor, change.Path));
        Assert.Contains(world.SecondVolunteerId, change.Before);
        Assert.Equal(world.VolunteerId, change.After);
    }

    [Fact]
    public async Task A_draft_edit_changes_only_the_masked_fields_and_keeps_before_and_after()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var draft = await Plans.PlanAsync(host, world);

        var edited = (await client.UpdateActivityAsync(new UpdateActivityRequest
        {
            Id = draft.Id, UpdateMask = new FieldMask { Paths = { "ends_on", "name" } },
            Activity = new ActivityChanges { EndsOn = "2027-05-13", Name = "送教下乡·连山物理", Place = "不在掩码中" },
        }, world.CityAdmin(host))).Activity;

        Assert.Equal(("送教下乡·连山物理", "2027-05-13", "2027-05-13", draft.Place),
            (edited.Name, edited.EndsOn, edited.ReturnsOn, edited.Place));
        Assert.Equal(ActivityStatus.Draft, edited.Status);
        Assert.NotEqual(draft.Etag, edited.Etag);
        var changes = Assert.Single((await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = draft.Id }, world.ProvinceAdmin)).Edits).Changes;
        Assert.Contains(changes, c => c is { Path: "ends_on", Before: "2027-05-12", After: "2027-05-13" });
        Assert.Contains(changes, c => c is { Path: "name", Before: "送教下乡·连山初中物理" });
        Assert.DoesNotContain(changes, c => c.Path == "place");
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_but_a_repeat_of_an_applied_edit_answers_as_the_first()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var draft = await Plans.PlanAsync(host, world);
        var rename = new UpdateActivityRequest
        {
            Id = draft.Id, Etag = draft.Etag, UpdateMask = new FieldMask { Paths = { "name" } },
            Activity = new ActivityChanges { Name = "改名一次" },
        };
        var first = (await client.UpdateActivityAsync(rename, world.CityAdmin(host))).Activity;

        Assert.Equal(first.Etag, (await client.UpdateActivityAsync(rename, world.CityAdmin(host))).Activity.Etag);
        rename.Activity.Name = "再改一次";
        await RpcAssert.FailsAsync(StatusCode.Aborted,
            () => client.UpdateActivityAsync(rename, world.CityAdmin(host)).ResponseAsync);
        Assert.Single((await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = draft.Id }, world.ProvinceAdmin)).Edits);
    }

    [Fact]
    public async Task Submitted_and_recorded_activities_are_refused_naming_their_state()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var submitted = await Plans.PlanAsync(host, world);
        await client.SubmitActivityAsync(new SubmitActivityRequest { Id = submitted.Id }, world.ProvinceAdmin);
        var recorded = await Flows.StartedAsync(host, world, Plans.Teaching(world));
        await client.CompleteActivityAsync(
            new CompleteActivityRequest { Id = recorded.Id, Outcomes = AttendanceTests.Outcomes() },
            world.ProvinceAdmin);
        await client.RecordActivityAsync(new RecordActivityRequest { Id = recorded.Id }, world.ProvinceAdmin);

        foreach (var (id, state) in new[] { (submitted.Id, "SUBMITTED"), (recorded.Id, "RECORDED") })
        {
            var late = new UpdateActivityRequest
            {
                Id = id, UpdateMask = new FieldMask { Paths = { "name" } },
                Activity = new ActivityChanges { Name = "晚了" },
            };
            var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
                () => client.UpdateActivityAsync(late, world.ProvinceAdmin).ResponseAsync);
            var violation = Assert.Single(refused.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
            Assert.Equal("ACTIVITY_NOT_EDITABLE", violation.Type);
            Assert.Contains(state, violation.Description);
        }
    }

    [Fact]
    public async Task Another_unions_admin_finds_no_such_activity()
    {
        var world = await host.WorldAsync();
        var draft = await Plans.PlanAsync(host, world);

        var intrusion = new UpdateActivityRequest
        {
            Id = draft.Id, UpdateMask = new FieldMask { Paths = { "name" } },
            Activity = new ActivityChanges { Name = "越权" },
        };
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => Plans.Client(host).UpdateActivityAsync(intrusion, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Plans.Client(host).ListEditHistoryAsync(
            new ListEditHistoryRequest { ActivityId = draft.Id }, world.OtherCityAdmin(host)).ResponseAsync);
    }

    private static ActivityClearanceChanged Verdict(
        Contracts.Activity.V1.Activity activity, bool cleared, long revision, params ClearanceReason[] reasons) =>
        new(Guid.Parse(activity.Id), Guid.Parse(activity.UnionId), cleared, revision, reasons, DateTimeOffset.UtcNow);

    private async Task<Contracts.Activity.V1.Activity> WaitForAsync(string id, ActivityStatus status)
    {
        var world = await host.WorldAsync();
        var seen = await Eventually.GetAsync(async () => (await Plans.Client(host).GetActivityAsync(
            new GetActivityRequest { Id = id }, world.ProvinceAdmin)).Activity, a => a.Status == status);
        Assert.Equal(status, seen.Status);
        return seen;
    }
}

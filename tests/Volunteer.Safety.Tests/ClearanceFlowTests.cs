using System.Text.Json;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class ClearanceFlowTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task An_activity_is_blocked_with_every_reason_until_plan_cover_and_training_are_in_place()
    {
        var city = await _data.CityAsync();
        var trained = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var untrained = await _data.VolunteerAsync(city, new DateOnly(2027, 1, 10), kinds: ["business", "conduct"]);
        var policy = await _data.PolicyAsync(city);
        await using var watch = await EventWatch.StartAsync(host.Messaging, "ActivityClearanceChanged");
        var activity = await _data.ActivityAsync(city, [trained, untrained]);
        bool Mine(JsonElement m) => m.GetProperty("activityId").GetString() == activity.ToString();

        var submitted = await watch.NextAsync(Mine);
        await _data.ApprovedPlanAsync(activity, city);
        var named = await watch.NextAsync(Mine);
        var approved = await watch.NextAsync(Mine);
        await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = policy.Id, ActivityId = activity.ToString() }, _data.Officer(city));
        var insured = await watch.NextAsync(Mine);
        await host.PublishAsync(new TrainingRecorded(Guid.NewGuid(), untrained, city, "safety", "急救培训", 2, new DateOnly(2027, 2, 1)));
        var cleared = await watch.NextAsync(Mine);
        var read = await _data.ClearanceAsync(activity);

        Assert.Equal(
            ["NO_RESPONSIBLE_PERSON", "NO_SAFETY_TRAINING", "PLAN_NOT_APPROVED", "UNINSURED", "UNINSURED"],
            Codes(submitted).Order());
        var uninsured = submitted.GetProperty("reasons").EnumerateArray().First(r => r.GetProperty("code").GetString() == "UNINSURED");
        Assert.Equal(["2027-05-09", "2027-05-10", "2027-05-11", "2027-05-12", "2027-05-13"],
            uninsured.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain("NO_RESPONSIBLE_PERSON", Codes(named));
        Assert.Contains("PLAN_NOT_APPROVED", Codes(named));
        Assert.DoesNotContain("PLAN_NOT_APPROVED", Codes(approved));
        Assert.Equal(["NO_SAFETY_TRAINING"], Codes(insured));
        Assert.Equal(untrained.ToString(), insured.GetProperty("reasons")[0].GetProperty("volunteerId").GetString());
        Assert.True(cleared.GetProperty("cleared").GetBoolean());
        Assert.Equal([1L, 2, 3, 4, 5], new[] { submitted, named, approved, insured, cleared }.Select(m => m.GetProperty("revision").GetInt64()));
        Assert.True(read.Cleared);
        Assert.Equal(5, read.Revision);
        Assert.Empty(read.Reasons);
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_the_submission_is_not_undone_by_older_news()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var stays = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var activity = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;

        await host.DeliverAsync(new ParticipantWithdrew(activity, volunteer, city, now));
        await host.DeliverAsync(new ActivitySubmitted(activity, city, "送医下乡", "medical", new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 12),
            new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 12), false, [volunteer, stays], now.AddHours(-1)));
        await host.DeliverAsync(new ParticipantConfirmed(activity, volunteer, Guid.NewGuid(), city, now.AddHours(-2)));
        var clearance = await _data.ClearanceAsync(activity);

        Assert.Equal([stays.ToString()], clearance.Reasons.Where(r => r.VolunteerId.Length > 0).Select(r => r.VolunteerId).Distinct());
        Assert.Equal(1, clearance.Revision);
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var volunteer = await _data.VolunteerAsync(city);
        var confirmed = new ParticipantConfirmed(activity, volunteer, Guid.NewGuid(), city, DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();

        await host.DeliverAsync(confirmed, messageId);
        var before = await _data.ClearanceAsync(activity);
        await host.PublishAsync(confirmed, messageId);
        await host.DeliverAsync(new ParticipantConfirmed(Guid.NewGuid(), volunteer, Guid.NewGuid(), city, DateTimeOffset.UtcNow));
        var after = await _data.ClearanceAsync(activity);
        var inbox = await host.InScopeAsync(sp => sp.GetRequiredService<Data.SafetyDbContext>()
            .Set<Messaging.Inbox.InboxMessage>().CountAsync(m => m.MessageId == messageId));

        Assert.Equal(2, before.Revision);
        Assert.Equal(before, after);
        Assert.Equal(1, inbox);
    }

    [Fact]
    public async Task A_cancelled_activity_gets_no_further_verdicts()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var volunteer = await _data.VolunteerAsync(city);

        await host.DeliverAsync(new ActivityCancelled(activity, city, "暴雨", DateTimeOffset.UtcNow));
        await host.DeliverAsync(new ParticipantConfirmed(activity, volunteer, Guid.NewGuid(), city, DateTimeOffset.UtcNow));
        var clearance = await _data.ClearanceAsync(activity);

        Assert.True(clearance.Cancelled);
        Assert.Equal(1, clearance.Revision);
        Assert.DoesNotContain(clearance.Reasons, r => r.VolunteerId == volunteer.ToString());
    }

    [Fact]
    public async Task Online_activities_clear_without_insurance_once_the_plan_is_approved()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var activity = await _data.ActivityAsync(city, [volunteer], online: true);

        await _data.ApprovedPlanAsync(activity, city);
        var clearance = await _data.ClearanceAsync(activity);
        var elsewhere = _data.Officer(await _data.CityAsync());

        Assert.True(clearance.Cleared);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().GetActivityClearanceAsync(
            new GetActivityClearanceRequest { ActivityId = activity.ToString() }, elsewhere).ResponseAsync);
    }

    [Fact]
    public async Task A_business_training_does_not_stand_in_for_safety_training()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city);

        await host.DeliverAsync(new TrainingRecorded(Guid.NewGuid(), volunteer, city, "business", "业务培训", 8, new DateOnly(2027, 1, 10)));
        var activity = await _data.ActivityAsync(city, [volunteer]);
        var clearance = await _data.ClearanceAsync(activity);

        Assert.Contains(clearance.Reasons, r => r.Code == ClearanceReasonCode.NoSafetyTraining && r.VolunteerId == volunteer.ToString());
    }

    private static List<string?> Codes(JsonElement message) =>
        [.. message.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}

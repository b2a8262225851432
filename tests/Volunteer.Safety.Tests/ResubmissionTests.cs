using System.Text.Json;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// An edit of a blocked activity submits it again with its whole participant list: safety judges what
/// it now is and publishes one new verdict; a submission that changes nothing publishes none.
/// </summary>
public sealed class ResubmissionTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_blocked_activity_resubmitted_without_its_uninsured_participant_clears_with_one_verdict()
    {
        var city = await _data.CityAsync();
        var insured = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var uninsured = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var policy = await _data.PolicyAsync(city);
        var activity = await _data.ActivityAsync(city, [insured]);
        await _data.ApprovedPlanAsync(activity, city);
        await _data.Client().EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, ActivityId = activity.ToString() }, _data.Officer(city));
        await Eventually.GetAsync(() => _data.ClearanceAsync(activity), c => c.Cleared);
        await host.DeliverAsync(
            new ParticipantConfirmed(activity, uninsured, Guid.NewGuid(), city, DateTimeOffset.UtcNow));
        var blocked = await _data.ClearanceAsync(activity);
        Assert.Equal([uninsured.ToString()], blocked.Reasons.Select(r => r.VolunteerId).Distinct());
        await using var watch = await EventWatch.StartAsync(host.Messaging, "ActivityClearanceChanged");
        // The blocking verdict may still be on its way through the outbox when the watch starts: skip it.
        bool Mine(JsonElement m) => m.GetProperty("activityId").GetString() == activity.ToString()
            && m.GetProperty("revision").GetInt64() > blocked.Revision;

        var resubmission = new ActivitySubmitted(activity, city, "送教下乡", "teaching", new DateOnly(2027, 5, 10),
            new DateOnly(2027, 5, 12), new DateOnly(2027, 5, 9), new DateOnly(2027, 5, 13), false, [insured],
            DateTimeOffset.UtcNow);
        await host.DeliverAsync(resubmission);
        var verdict = await watch.NextAsync(Mine);
        await host.DeliverAsync(new ParticipantWithdrew(activity, uninsured, city, resubmission.SubmittedAt));
        await host.DeliverAsync(resubmission with { SubmittedAt = DateTimeOffset.UtcNow });

        Assert.True(verdict.GetProperty("cleared").GetBoolean());
        Assert.Equal(blocked.Revision + 1, verdict.GetProperty("revision").GetInt64());
        var final = await _data.ClearanceAsync(activity);
        Assert.Equal((true, blocked.Revision + 1), (final.Cleared, final.Revision));
    }

    [Fact]
    public async Task A_blocked_activity_clears_when_the_missing_training_is_recorded()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city, new DateOnly(2027, 1, 10), kinds: ["business", "conduct"]);
        var policy = await _data.PolicyAsync(city);
        var activity = await _data.ActivityAsync(city, [volunteer]);
        await _data.ApprovedPlanAsync(activity, city);
        await _data.Client().EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, ActivityId = activity.ToString() }, _data.Officer(city));
        var blocked = await Eventually.GetAsync(() => _data.ClearanceAsync(activity), c => c.Reasons.Count == 1);
        Assert.Equal(ClearanceReasonCode.NoSafetyTraining, Assert.Single(blocked.Reasons).Code);

        await host.DeliverAsync(
            new TrainingRecorded(Guid.NewGuid(), volunteer, city, "safety", "急救培训", 2, new DateOnly(2027, 2, 1)));

        var cleared = await _data.ClearanceAsync(activity);
        Assert.Equal((true, blocked.Revision + 1), (cleared.Cleared, cleared.Revision));
    }
}

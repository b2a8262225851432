using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RabbitMQ.Client;
using Volunteer.Activity.Participants;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using static Volunteer.Activity.Tests.PublishedEvents;
using Participant = Volunteer.Contracts.Activity.V1.Participant;
using ParticipantStatus = Volunteer.Contracts.Activity.V1.ParticipantStatus;

namespace Volunteer.Activity.Tests;

/// <summary>
/// Roster (running for real) announces a withdrawn consent through its outbox onto activity's virtual host;
/// activity ends the volunteer's part in what has not started and keeps what has.
/// </summary>
public sealed class ConsentWithdrawalTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Withdrawing_consent_ends_participation_in_activities_not_started_and_keeps_attendance()
    {
        var world = await host.WorldAsync();
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var withdrew = await WatchAsync(channel, "ParticipantWithdrew");
        var client = Plans.Client(host);
        var me = world.Volunteer(host, world.VolunteerId);
        var started = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var day = (await client.CheckInAsync(new CheckInRequest
        {
            ActivityId = started.Id, VolunteerId = world.VolunteerId, Place = "太保镇中心小学",
            CheckInTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 8, 0, 0, TimeSpan.FromHours(8))),
        }, world.Captain(host))).Attendance;
        var confirmed = await Plans.PlanAsync(host, world, Plans.Teaching(world, "2027-06-10", "2027-06-12"));
        await client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = confirmed.Id, VolunteerId = world.VolunteerId }, me);
        var proposed = await Plans.PlanAsync(host, world, Plans.Teaching(world, "2027-07-10", "2027-07-12"));

        await Roster().WithdrawConsentAsync(new WithdrawConsentRequest { VolunteerId = world.VolunteerId }, me);
        var ended = await Eventually.GetAsync(
            () => MineAsync(world, confirmed.Id), p => p.Status != ParticipantStatus.Confirmed);
        var again = await host.PublishAsync(new ConsentWithdrawn(
            Guid.Parse(world.VolunteerId), Guid.Parse(world.City.Id), DateTimeOffset.UtcNow));
        await host.WaitUntilConsumedAsync(again);

        Assert.Equal((ParticipantStatus.Withdrawn, ConsentWithdrawnConsumer.Notice), (ended.Status, ended.Notice));
        var declined = await MineAsync(world, proposed.Id);
        Assert.Equal((ParticipantStatus.Declined, ConsentWithdrawnConsumer.Notice), (declined.Status, declined.Notice));
        Assert.Equal(ParticipantStatus.Confirmed, (await MineAsync(world, started.Id)).Status);
        var kept = await client.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = started.Id }, me);
        Assert.Equal([day.Id], kept.Attendances.Select(a => a.Id));
        var announced = await NextAsync(channel, withdrew);
        Assert.Equal((confirmed.Id, world.VolunteerId),
            (announced.GetProperty("activityId").GetString(), announced.GetProperty("volunteerId").GetString()));
        Assert.Null(await channel.BasicGetAsync(withdrew, autoAck: true));
        var rejoining = new ConfirmParticipationRequest { ActivityId = proposed.Id, VolunteerId = world.VolunteerId };
        var refused = await RpcAssert.FailsAsync(
            StatusCode.FailedPrecondition, () => client.ConfirmParticipationAsync(rejoining, me).ResponseAsync);
        Assert.Contains("NO_CONSENT", refused.Status.Detail);
    }

    private RosterService.RosterServiceClient Roster() => new(host.Roster.CreateChannel());

    private async Task<Participant> MineAsync(CampaignWorld world, string activityId) =>
        (await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = activityId }, world.ProvinceAdmin))
        .Activity.Participants.Single(p => p.VolunteerId == world.VolunteerId);
}

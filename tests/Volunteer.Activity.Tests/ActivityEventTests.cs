using Google.Protobuf.WellKnownTypes;
using RabbitMQ.Client;
using Volunteer.Contracts.Activity.V1;
using static Volunteer.Activity.Tests.PublishedEvents;

namespace Volunteer.Activity.Tests;

/// <summary>What safety and reporting receive: each step of an activity announced through the outbox.</summary>
public sealed class ActivityEventTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private static readonly string[] Events =
    [
        "ActivityPlanned", "ParticipantConfirmed", "ParticipantWithdrew", "ActivitySubmitted", "ActivityStarted", "AttendanceRecorded",
        "HoursApproved", "ActivityCompleted", "ActivityRecorded", "ActivityCancelled",
    ];

    [Fact]
    public async Task Every_step_of_an_activity_is_published_with_what_consumers_need()
    {
        var world = await host.WorldAsync();
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queues = new Dictionary<string, string>();
        foreach (var name in Events)
        {
            queues[name] = await WatchAsync(channel, name);
        }

        var client = Plans.Client(host);
        var request = Plans.Teaching(world);
        request.DepartsOn = "2027-05-09";
        var activity = await Flows.StartedAsync(host, world, request, world.VolunteerId, world.SecondVolunteerId);
        var china = TimeSpan.FromHours(8);
        var day = (await client.CheckInAsync(new CheckInRequest
        {
            ActivityId = activity.Id, VolunteerId = world.VolunteerId, Place = "太保镇中心小学",
            CheckInTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 7, 0, 0, china)),
        }, world.Captain(host))).Attendance;
        await client.CheckOutAsync(new CheckOutRequest
        {
            AttendanceId = day.Id, CheckOutTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 18, 0, 0, china)), TravelMinutes = 30,
        }, world.Captain(host));
        await client.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = day.Id }, world.CityAdmin(host));
        await client.DeclineParticipationAsync(new DeclineParticipationRequest
        {
            ActivityId = activity.Id, VolunteerId = world.SecondVolunteerId, Notice = "突发疾病",
        }, world.Volunteer(host, world.SecondVolunteerId));
        await client.CompleteActivityAsync(new CompleteActivityRequest { Id = activity.Id, Outcomes = AttendanceTests.Outcomes() }, world.Captain(host));
        await client.RecordActivityAsync(new RecordActivityRequest { Id = activity.Id }, world.CityAdmin(host));
        var cancelled = await Plans.PlanAsync(host, world);
        await client.CancelActivityAsync(new CancelActivityRequest { Id = cancelled.Id, Reason = "台风" }, world.CityAdmin(host));

        var planned = await NextAsync(channel, queues["ActivityPlanned"]);
        Assert.Equal(("teaching", "education", "designated", false), (planned.GetProperty("form").GetString(), planned.GetProperty("domain").GetString(),
            planned.GetProperty("mode").GetString(), planned.GetProperty("outsideWindow").GetBoolean()));
        var submitted = await NextAsync(channel, queues["ActivitySubmitted"]);
        Assert.Equal(("2027-05-09", "2027-05-12", false), (submitted.GetProperty("departsOn").GetString(), submitted.GetProperty("returnsOn").GetString(),
            submitted.GetProperty("online").GetBoolean()));
        Assert.Equal(new[] { world.VolunteerId, world.SecondVolunteerId }.Order(), submitted.GetProperty("participantIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(world.TeamId, (await NextAsync(channel, queues["ParticipantConfirmed"])).GetProperty("teamId").GetString());
        Assert.Equal(world.SecondVolunteerId, (await NextAsync(channel, queues["ParticipantWithdrew"])).GetProperty("volunteerId").GetString());
        Assert.Equal(activity.Id, (await NextAsync(channel, queues["ActivityStarted"])).GetProperty("activityId").GetString());
        var checkedIn = await NextAsync(channel, queues["AttendanceRecorded"]);
        var checkedOut = await NextAsync(channel, queues["AttendanceRecorded"]);
        Assert.Equal(("open", 1), (checkedIn.GetProperty("hoursStatus").GetString(), checkedIn.GetProperty("revision").GetInt32()));
        Assert.Equal(("awaiting-organiser", 2, 10.5m), (checkedOut.GetProperty("hoursStatus").GetString(), checkedOut.GetProperty("revision").GetInt32(),
            Decimal(checkedOut.GetProperty("hours"))));
        Assert.Equal("organiser", (await NextAsync(channel, queues["HoursApproved"])).GetProperty("level").GetString());
        var completed = await NextAsync(channel, queues["ActivityCompleted"]);
        Assert.Equal(["students", "teachers"], completed.GetProperty("beneficiaries").EnumerateArray().Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal(6000.5m, Decimal(completed.GetProperty("donations")[0].GetProperty("value")));
        Assert.Equal("union", completed.GetProperty("spending")[0].GetProperty("source").GetString());
        var service = Assert.Single((await NextAsync(channel, queues["ActivityRecorded"])).GetProperty("services").EnumerateArray());
        Assert.Equal((world.VolunteerId, "2027-05-10", 10.5m), (service.GetProperty("volunteerId").GetString(), service.GetProperty("day").GetString(),
            Decimal(service.GetProperty("hours"))));
        Assert.Equal("台风", (await NextAsync(channel, queues["ActivityCancelled"])).GetProperty("reason").GetString());
    }
}

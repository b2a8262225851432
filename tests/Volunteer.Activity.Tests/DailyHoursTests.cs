using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RabbitMQ.Client;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;
using static Volunteer.Activity.Tests.PublishedEvents;
using ProtoAttendance = Volunteer.Contracts.Activity.V1.Attendance;

namespace Volunteer.Activity.Tests;

/// <summary>A person's day across activities, and corrections of recorded hours that reach the record.</summary>
public sealed class DailyHoursTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Two_activities_on_one_day_count_at_most_8_direct_hours_and_the_record_holds_no_more()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var (captain, admin) = (world.Captain(host), world.CityAdmin(host));
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var recordings = await WatchAsync(channel, "ActivityRecorded");
        var morning = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var afternoon = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);

        var first = await DayAsync(morning, world.VolunteerId, 10, 8, 14);
        var second = await DayAsync(afternoon, world.VolunteerId, 10, 15, 19);

        Assert.Equal((6.0, HoursStatus.Counted), (first.Hours, first.HoursStatus));
        Assert.Equal((4.0, HoursStatus.AwaitingOrganiser), (second.Hours, second.HoursStatus));
        var me = world.Volunteer(host, world.VolunteerId);
        var mine = await client.ListMyActivitiesAsync(new ListMyActivitiesRequest(), me);
        Assert.Equal(6.0, mine.Activities.Where(a => a.ActivityId == morning.Id || a.ActivityId == afternoon.Id)
            .Sum(a => a.CountedHours));
        foreach (var activity in new[] { morning, afternoon })
        {
            var completion = new CompleteActivityRequest { Id = activity.Id, Outcomes = AttendanceTests.Outcomes() };
            await client.CompleteActivityAsync(completion, captain);
        }

        var pending = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.RecordActivityAsync(new RecordActivityRequest { Id = afternoon.Id }, admin).ResponseAsync);
        var violation = pending.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0];
        Assert.Equal("HOURS_AWAITING_APPROVAL", violation.Type);
        var trimmed = (await client.CorrectAttendanceAsync(Correction(second, 15, 17, "下午只服务两小时"), captain)).Attendance;
        Assert.Equal((2.0, HoursStatus.Counted), (trimmed.Hours, trimmed.HoursStatus));
        await client.RecordActivityAsync(new RecordActivityRequest { Id = morning.Id }, admin);
        await client.RecordActivityAsync(new RecordActivityRequest { Id = afternoon.Id }, admin);

        var recorded = new List<decimal>();
        for (var i = 0; i < 2; i++)
        {
            recorded.AddRange((await NextAsync(channel, recordings)).GetProperty("services").EnumerateArray()
                .Where(s => s.GetProperty("volunteerId").GetString() == world.VolunteerId
                    && s.GetProperty("day").GetString() == "2027-05-10")
                .Select(s => Decimal(s.GetProperty("hours"))));
        }

        Assert.Equal([2m, 6m], recorded.Order());
    }

    [Fact]
    public async Task Recorded_hours_are_corrected_only_by_the_organising_unions_admins_with_history_and_a_revision()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var (captain, admin) = (world.Captain(host), world.CityAdmin(host));
        await using var connection = await new ConnectionFactory { Uri = host.Messaging }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var corrections = await WatchAsync(channel, "AttendanceCorrected");
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.SecondVolunteerId);
        var day = await DayAsync(activity, world.SecondVolunteerId, 11, 8, 14);
        var completion = new CompleteActivityRequest { Id = activity.Id, Outcomes = AttendanceTests.Outcomes() };
        await client.CompleteActivityAsync(completion, captain);
        await client.RecordActivityAsync(new RecordActivityRequest { Id = activity.Id }, admin);
        var request = Guid.NewGuid().ToString();
        var correction = Correction(day, 8, 13, "志愿者申请更正：实际服务5小时");
        correction.RecordCorrectionId = request;

        var refused = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.CorrectAttendanceAsync(correction, captain).ResponseAsync);
        Assert.Equal("RECORDED_BY_ORGANISER", refused.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.CorrectAttendanceAsync(correction, world.OtherCityAdmin(host)).ResponseAsync);
        var malformed = correction.Clone();
        malformed.RecordCorrectionId = "nope";
        Assert.Equal(["record_correction_id"],
            await RpcAssert.InvalidFieldsAsync(() => client.CorrectAttendanceAsync(malformed, admin).ResponseAsync));
        var corrected = (await client.CorrectAttendanceAsync(correction, admin)).Attendance;

        Assert.Equal((5.0, HoursStatus.Counted, 3), (corrected.Hours, corrected.HoursStatus, corrected.Revision));
        var earlier = Assert.Single(corrected.Corrections);
        Assert.Equal((2, 6.0, "志愿者申请更正：实际服务5小时", "city-admin"),
            (earlier.Revision, earlier.Hours, earlier.Reason, earlier.CorrectedBy));
        var announced = await NextAsync(channel, corrections);
        Assert.Equal((3, 6m, 5m, "counted"), (announced.GetProperty("revision").GetInt32(),
            Decimal(announced.GetProperty("hoursBefore")), Decimal(announced.GetProperty("hours")),
            announced.GetProperty("hoursStatus").GetString()));
        Assert.Equal((true, request, "city-admin"), (announced.GetProperty("afterRecording").GetBoolean(),
            announced.GetProperty("recordCorrectionId").GetString(), announced.GetProperty("correctedBy").GetString()));
    }

    [Fact]
    public async Task Check_outs_at_two_activities_at_once_still_count_the_persons_day_as_a_whole()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var first = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var second = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var opened = new[]
        {
            await OpenAsync(first, world.VolunteerId, 11, 8), await OpenAsync(second, world.VolunteerId, 11, 8),
        };

        var closed = await Task.WhenAll(opened.Select(async day => (await client.CheckOutAsync(
            new CheckOutRequest { AttendanceId = day.Id, CheckOutTime = At(11, 13) }, world.Captain(host)))
            .Attendance));

        Assert.Equal([HoursStatus.Counted, HoursStatus.AwaitingOrganiser], closed.Select(d => d.HoursStatus).Order());
    }

    private async Task<ProtoAttendance> DayAsync(
        Contracts.Activity.V1.Activity activity, string volunteerId, int day, int from, int to)
    {
        var opened = await OpenAsync(activity, volunteerId, day, from);
        var closing = new CheckOutRequest { AttendanceId = opened.Id, CheckOutTime = At(day, to) };
        return (await Plans.Client(host).CheckOutAsync(closing, (await host.WorldAsync()).Captain(host))).Attendance;
    }

    private async Task<ProtoAttendance> OpenAsync(
        Contracts.Activity.V1.Activity activity, string volunteerId, int day, int from) =>
        (await Plans.Client(host).CheckInAsync(new CheckInRequest
        {
            ActivityId = activity.Id, VolunteerId = volunteerId, Place = "太保镇中心小学", CheckInTime = At(day, from),
        }, (await host.WorldAsync()).Captain(host))).Attendance;

    private static CorrectAttendanceRequest Correction(ProtoAttendance attendance, int from, int to, string reason)
    {
        var day = DateOnly.Parse(attendance.Day).Day;
        return new CorrectAttendanceRequest
        {
            AttendanceId = attendance.Id, CheckInTime = At(day, from), CheckOutTime = At(day, to), Reason = reason,
        };
    }

    private static Timestamp At(int day, int hour) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, day, hour, 0, 0, China));
}

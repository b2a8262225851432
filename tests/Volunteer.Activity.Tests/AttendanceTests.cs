using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;
using ProtoAttendance = Volunteer.Contracts.Activity.V1.Attendance;

namespace Volunteer.Activity.Tests;

public sealed class AttendanceTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_day_is_checked_in_and_out_by_the_volunteer_now_or_by_their_captain_and_counts_its_on_site_hours()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId, world.SecondVolunteerId);
        var me = world.Volunteer(host, world.VolunteerId);
        var second = world.Volunteer(host, world.SecondVolunteerId);

        var opened = (await client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 10, 8), world.Captain(host))).Attendance;
        var closed = (await client.CheckOutAsync(CheckOut(opened, 5, 10, 17, travelMinutes: 60), world.Captain(host))).Attendance;
        var own = CheckIn(activity, world.SecondVolunteerId, 5, 12, 0);
        own.CheckInTime = null;
        var ownDay = (await client.CheckInAsync(own, second)).Attendance;
        await client.CheckOutAsync(new CheckOutRequest { AttendanceId = ownDay.Id }, second);

        Assert.Equal((HoursStatus.Open, 1), (opened.HoursStatus, opened.Revision));
        Assert.Equal("2027-05-12", ownDay.Day);
        Assert.Equal(("2027-05-10", 8.0, HoursStatus.Counted, 2), (closed.Day, closed.Hours, closed.HoursStatus, closed.Revision));
        var mine = await client.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = activity.Id }, me);
        var all = await client.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = activity.Id }, world.Captain(host));
        Assert.Equal([closed], mine.Attendances);
        Assert.Equal(2, all.Attendances.Count);
        var myActivities = await client.ListMyActivitiesAsync(new ListMyActivitiesRequest(), me);
        var entry = myActivities.Activities.Single(a => a.ActivityId == activity.Id);
        Assert.Equal((8.0, ParticipantStatus.Confirmed, ActivityStatus.InProgress), (entry.CountedHours, entry.Participation, entry.Status));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListMyActivitiesAsync(new ListMyActivitiesRequest(), world.ProvinceAdmin).ResponseAsync);
    }

    [Fact]
    public async Task Attendance_is_refused_for_strangers_unconfirmed_volunteers_other_days_and_repeated_days()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var lead = world.Captain(host);

        // Another volunteer is out of a volunteer's reach: as unknown as one who does not exist.
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 10, 8), world.Volunteer(host, world.SecondVolunteerId)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.CheckInAsync(CheckIn(activity, world.SecondVolunteerId, 5, 10, 8), world.Captain(host)).ResponseAsync);
        Assert.Equal(["check_in_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 9, 8), lead).ResponseAsync));
        Assert.Equal(["check_in_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 12, 23), lead).ResponseAsync));
        var noPlace = CheckIn(activity, world.VolunteerId, 5, 11, 8);
        noPlace.Place = "";
        Assert.Equal(["place"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(noPlace, lead).ResponseAsync));
        // 23:30 UTC on May 10 is already May 11 in China: the same day as the check-in below.
        var opened = (await client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 11, 7), lead)).Attendance;
        var lateUtc = CheckIn(activity, world.VolunteerId, 5, 10, 8);
        lateUtc.CheckInTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 10, 23, 30, 0, TimeSpan.Zero));
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => client.CheckInAsync(lateUtc, lead).ResponseAsync);
        Assert.Equal(["check_out_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckOutAsync(new CheckOutRequest
        {
            AttendanceId = opened.Id, CheckOutTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 5, 12, 0, 30, 0, China)),
        }, lead).ResponseAsync));
        Assert.Equal(["travel_minutes"], await RpcAssert.InvalidFieldsAsync(() => client.CheckOutAsync(CheckOut(opened, 5, 11, 8, travelMinutes: 61), lead).ResponseAsync));
    }

    [Fact]
    public async Task A_volunteer_takes_their_own_attendance_only_at_the_present_time_and_a_lead_corrects_it_with_a_reason()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var me = world.Volunteer(host, world.VolunteerId);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        CheckInRequest At(DateTimeOffset instant)
        {
            var request = CheckIn(activity, world.VolunteerId, 5, 12, 0);
            request.CheckInTime = Timestamp.FromDateTimeOffset(instant);
            return request;
        }


        Assert.Equal(["check_in_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(At(now.AddHours(-2)), me).ResponseAsync));
        Assert.Equal(["check_in_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(At(now.AddMinutes(30)), me).ResponseAsync));
        var opened = (await client.CheckInAsync(At(now.AddMinutes(-10)), me)).Attendance;
        Assert.Equal(["check_out_time"], await RpcAssert.InvalidFieldsAsync(() => client.CheckOutAsync(new CheckOutRequest
        {
            AttendanceId = opened.Id, CheckOutTime = Timestamp.FromDateTimeOffset(now.AddHours(-1)),
        }, me).ResponseAsync));
        var closed = (await client.CheckOutAsync(new CheckOutRequest { AttendanceId = opened.Id }, me)).Attendance;
        var corrected = (await client.CorrectAttendanceAsync(Correction(closed, 8, 16, "现场签到漏记"), world.Captain(host))).Attendance;

        Assert.Equal((8.0, "现场签到漏记"), (corrected.Hours, corrected.Corrections.Single().Reason));
    }

    [Fact]
    public async Task Long_days_await_the_organiser_or_the_province_and_block_recording_until_approved()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        // A day of its own: the limits are the person's across all their activities of a day.
        var plan = Plans.Teaching(world, startsOn: "2027-05-09");
        var activity = await Flows.StartedAsync(host, world, plan, world.VolunteerId, world.SecondVolunteerId);
        var ten = await DayAsync(activity, world.VolunteerId, 5, 9, 7, 17);
        var thirteen = await DayAsync(activity, world.SecondVolunteerId, 5, 9, 7, 20);

        Assert.Equal((10.0, HoursStatus.AwaitingOrganiser), (ten.Hours, ten.HoursStatus));
        Assert.Equal((13.0, HoursStatus.AwaitingProvince), (thirteen.Hours, thirteen.HoursStatus));
        await client.CompleteActivityAsync(new CompleteActivityRequest { Id = activity.Id, Outcomes = new Outcomes { Summary = "完成物理实验课" } }, world.Captain(host));
        var pending = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.RecordActivityAsync(new RecordActivityRequest { Id = activity.Id }, world.CityAdmin(host)).ResponseAsync);
        Assert.Equal("HOURS_AWAITING_APPROVAL", pending.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0].Type);

        Assert.Equal(HoursStatus.Approved, (await client.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = ten.Id }, world.CityAdmin(host))).Attendance.HoursStatus);
        var level = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = thirteen.Id }, world.CityAdmin(host)).ResponseAsync);
        Assert.Equal("APPROVAL_LEVEL", level.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
        await client.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = thirteen.Id }, world.ProvinceAdmin);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.ApproveHoursAsync(new ApproveHoursRequest { AttendanceId = thirteen.Id }, world.ProvinceAdmin).ResponseAsync);

        var recorded = await client.RecordActivityAsync(new RecordActivityRequest { Id = activity.Id }, world.CityAdmin(host));
        Assert.Equal(ActivityStatus.Recorded, recorded.Activity.Status);
        Assert.False(recorded.Late);
        // Once recorded, the hours are the organisation's to correct, not a captain's.
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.CorrectAttendanceAsync(Correction(ten, 8, 16, "补正"), world.Captain(host)).ResponseAsync);
    }

    [Fact]
    public async Task A_correction_keeps_the_earlier_version_with_its_reason_and_recounts_the_day()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var day = await DayAsync(activity, world.VolunteerId, 5, 11, 7, 17);

        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(() => client.CorrectAttendanceAsync(Correction(day, 8, 16, ""), world.Captain(host)).ResponseAsync));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.CorrectAttendanceAsync(Correction(day, 8, 16, "签到时间录错"), world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        var corrected = (await client.CorrectAttendanceAsync(Correction(day, 8, 16, "签到时间录错"), world.Captain(host))).Attendance;

        Assert.Equal((8.0, HoursStatus.Counted, 3), (corrected.Hours, corrected.HoursStatus, corrected.Revision));
        var earlier = Assert.Single(corrected.Corrections);
        Assert.Equal((2, 10.0, "签到时间录错", world.CaptainId), (earlier.Revision, earlier.Hours, earlier.Reason, earlier.CorrectedBy));
    }

    [Fact]
    public async Task Completion_needs_closed_days_and_valid_outcomes_and_online_sessions_record_evidence_and_meetings_give_no_hours()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var online = Plans.Teaching(world, startsOn: "2027-05-08");
        online.Form = ActivityForm.InternetPlus;
        online.MeetingDays.Add("2027-05-12");
        var activity = await Flows.StartedAsync(host, world, online, world.VolunteerId);
        var me = world.Volunteer(host, world.VolunteerId);
        var lead = world.Captain(host);

        var noEvidence = CheckIn(activity, world.VolunteerId, 5, 8, 19);
        Assert.Equal(["evidence"], await RpcAssert.InvalidFieldsAsync(() => client.CheckInAsync(noEvidence, lead).ResponseAsync));
        noEvidence.Evidence = "https://meeting.example.cn/j/2027051001";
        var session = (await client.CheckInAsync(noEvidence, lead)).Attendance;
        Assert.Equal(("", "https://meeting.example.cn/j/2027051001"), (session.Place, session.Evidence));
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.CompleteActivityAsync(
            new CompleteActivityRequest { Id = activity.Id, Outcomes = new Outcomes { Summary = "线上答疑" } }, world.Captain(host)).ResponseAsync);
        Assert.Contains("未签退", refused.Status.Detail);
        await client.CheckOutAsync(CheckOut(session, 5, 8, 21), lead);
        var meeting = await DayAsync(activity, world.VolunteerId, 5, 12, 9, 11, evidence: "经验交流会");
        Assert.Equal((0.0, HoursStatus.NotService), (meeting.Hours, meeting.HoursStatus));

        var bad = new Outcomes
        {
            Beneficiaries = { new Beneficiaries { Kind = BeneficiaryKind.Students, Count = 0 } },
            Donations = { new Donation { Item = "课桌椅", Quantity = "20", Unit = "套", Value = "-5", ReceivedBy = "" } },
            Spending = { new Spending { Amount = "1200", Category = "交通" } },
        };
        Assert.Equal(["outcomes.beneficiaries[0].count", "outcomes.donations[0].received_by", "outcomes.donations[0].value", "outcomes.spending[0].source", "outcomes.summary"],
            await RpcAssert.InvalidFieldsAsync(() => client.CompleteActivityAsync(new CompleteActivityRequest { Id = activity.Id, Outcomes = bad }, world.Captain(host)).ResponseAsync));
        var good = Outcomes();
        var completed = (await client.CompleteActivityAsync(new CompleteActivityRequest { Id = activity.Id, Outcomes = good }, world.Captain(host))).Activity;
        Assert.Equal((ActivityStatus.Completed, good), (completed.Status, completed.Outcomes));
        var mine = (await client.ListMyActivitiesAsync(new ListMyActivitiesRequest(), me)).Activities.Single(a => a.ActivityId == activity.Id);
        Assert.Equal(2.0, mine.CountedHours);
    }

    [Fact]
    public async Task Attendance_waits_for_the_start()
    {
        var world = await host.WorldAsync();
        var activity = await Plans.PlanAsync(host, world);
        await Plans.Client(host).ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, world.Volunteer(host, world.VolunteerId));

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Plans.Client(host)
            .CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 10, 8), world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        Assert.Equal("NOT_IN_PROGRESS", error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0].Type);
    }

    internal static Outcomes Outcomes() => new()
    {
        Beneficiaries = { new Beneficiaries { Kind = BeneficiaryKind.Students, Count = 120 }, new Beneficiaries { Kind = BeneficiaryKind.Teachers, Count = 8 } },
        Donations = { new Donation { Item = "课桌椅", Quantity = "20", Unit = "套", Value = "6000.5", ReceivedBy = "李校长" } },
        Spending = { new Spending { Amount = "1200", Category = "交通", Source = FundingSource.Union } },
        Summary = "完成物理实验课与教研交流",
        Evaluation = "学校满意",
    };

    private async Task<ProtoAttendance> DayAsync(Contracts.Activity.V1.Activity activity, string volunteerId, int month, int day, int from, int to, string evidence = "")
    {
        var world = await host.WorldAsync();
        var checkIn = CheckIn(activity, volunteerId, month, day, from);
        checkIn.Evidence = evidence;
        var opened = (await Plans.Client(host).CheckInAsync(checkIn, world.Captain(host))).Attendance;
        return (await Plans.Client(host).CheckOutAsync(CheckOut(opened, month, day, to), world.Captain(host))).Attendance;
    }

    [Fact]
    public async Task Several_check_ins_of_one_day_at_once_or_again_give_one_attendance_and_tell_the_others_it_exists()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Flows.StartedAsync(host, world, Plans.Teaching(world), world.VolunteerId);
        var me = world.Volunteer(host, world.VolunteerId);
        var lead = world.Captain(host);
        host.Logs.Clear();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 10, 8), lead);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }));
        var again = await RpcAssert.FailsAsync(StatusCode.AlreadyExists,
            () => client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 10, 9), lead).ResponseAsync);
        var days = await client.ListAttendanceAsync(new ListAttendanceRequest { ActivityId = activity.Id }, me);

        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.AlreadyExists, o));
        Assert.Single(days.Attendances);
        Assert.Equal("该志愿者当天已签到，如需调整请更正当天记录。", again.Status.Detail);
        // A repeat is an ordinary answer: operators must not read it as a failed database command.
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task The_organising_union_records_past_days_and_another_union_cannot_even_see_the_activity()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var plan = Plans.Teaching(world, startsOn: "2027-05-07");
        var activity = await Flows.StartedAsync(host, world, plan, world.VolunteerId);

        var outsider = await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 7, 8), world.OtherCityAdmin(host)).ResponseAsync);
        var opened = (await client.CheckInAsync(CheckIn(activity, world.VolunteerId, 5, 7, 8), world.CityAdmin(host))).Attendance;
        var closed = (await client.CheckOutAsync(CheckOut(opened, 5, 7, 15), world.CityAdmin(host))).Attendance;

        Assert.Contains(activity.Id, outsider.Status.Detail);
        Assert.Equal(("2027-05-07", 7.0, HoursStatus.Counted), (closed.Day, closed.Hours, closed.HoursStatus));
    }

    private static CheckInRequest CheckIn(Contracts.Activity.V1.Activity activity, string volunteerId, int month, int day, int hour) => new()
    {
        ActivityId = activity.Id,
        VolunteerId = volunteerId,
        CheckInTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, month, day, hour, 0, 0, China)),
        Place = "太保镇中心小学",
    };

    private static CheckOutRequest CheckOut(ProtoAttendance attendance, int month, int day, int hour, int travelMinutes = 0) => new()
    {
        AttendanceId = attendance.Id,
        CheckOutTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, month, day, hour, 0, 0, China)),
        TravelMinutes = travelMinutes,
    };

    private static CorrectAttendanceRequest Correction(ProtoAttendance attendance, int from, int to, string reason)
    {
        var day = DateOnly.Parse(attendance.Day);
        return new CorrectAttendanceRequest
        {
            AttendanceId = attendance.Id,
            CheckInTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(day.Year, day.Month, day.Day, from, 0, 0, China)),
            CheckOutTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(day.Year, day.Month, day.Day, to, 0, 0, China)),
            Reason = reason,
        };
    }
}

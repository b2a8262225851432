using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;
using ProtoFigures = Volunteer.Contracts.Reporting.V1.Figures;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Corrections of attendance after recording, fed as activity publishes them, reach records, figures and digests.
/// </summary>
public sealed class CorrectionTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateOnly May10 = new(2026, 5, 10);
    private static readonly DateTimeOffset CorrectedAt = ReportingServiceHost.Start.AddDays(1);

    [Fact]
    public async Task A_correction_after_recording_changes_record_and_figures_accepts_its_request_and_marks_the_digest()
    {
        var (events, volunteer, activity, attendance) = await SeedAsync();
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var self = host.BearerToken(PlatformRoles.Volunteer, events.City1.ToString(), volunteer.ToString());
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString(), "city-admin");
        var asked = await FileAsync(client, volunteer, activity, "5月10日实际服务5小时", self);
        var turnedDown = await FileAsync(client, volunteer, activity, "5月10日应为7小时", self);
        await client.ResolveRecordCorrectionAsync(new ResolveRecordCorrectionRequest
        {
            CorrectionId = turnedDown.Id, Accepted = false, Resolution = "核对签到记录，6小时无误",
        }, admin);
        var digest = (await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Monthly, UnionId = events.City1.ToString(), PeriodDay = "2026-05-10",
        }, admin)).Digest;
        Assert.Null(digest.AmendedAt);

        await events.PublishAllAsync(
            Recorded(events, volunteer, activity, attendance, 5m, "counted"),
            Corrected(events, volunteer, activity, attendance, 5m, "counted", "按签到记录更正为5小时", Guid.Parse(asked.Id)),
            Corrected(events, volunteer, activity, attendance, 5m, "counted", "重复投递", Guid.Parse(turnedDown.Id)));

        var record = await Eventually.GetAsync(async () => (await client.GetServiceRecordAsync(
            new GetServiceRecordRequest { VolunteerId = volunteer.ToString() }, self)).Record, r => r.TotalHours == 5);
        Assert.Equal((5.0, "2026-05-10"), (record.Services.Single().Hours, record.Services.Single().Date));
        var figures = await Eventually.GetAsync(() => FiguresAsync(client, events, admin), f => f.ServiceHours == 5);
        Assert.Equal((5.0, 5.0), (figures.ServiceHours, figures.RecordedHours));
        var requests = (await client.ListRecordCorrectionsAsync(
            new ListRecordCorrectionsRequest { VolunteerId = volunteer.ToString() }, self)).Corrections;
        var accepted = requests.Single(c => c.Id == asked.Id);
        Assert.Equal((CorrectionStatus.Accepted, "按签到记录更正为5小时", "city-admin"),
            (accepted.Status, accepted.Resolution, accepted.ResolvedBy));
        var rejected = requests.Single(c => c.Id == turnedDown.Id);
        Assert.Equal((CorrectionStatus.Rejected, "核对签到记录，6小时无误"), (rejected.Status, rejected.Resolution));
        var amended = (await client.GetDigestAsync(new GetDigestRequest { Id = digest.Id }, admin)).Digest;
        Assert.Equal(CorrectedAt, amended.AmendedAt.ToDateTimeOffset());
        var outsider = host.BearerToken(PlatformRoles.UnionAdmin, events.City2.ToString());
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListRecordCorrectionsAsync(
            new ListRecordCorrectionsRequest { VolunteerId = volunteer.ToString() }, outsider).ResponseAsync);
    }

    [Fact]
    public async Task A_correction_that_leaves_a_recorded_day_awaiting_approval_takes_it_off_the_record_until_approved()
    {
        var (events, volunteer, activity, attendance) = await SeedAsync();
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString(), "city-admin");

        await events.PublishAllAsync(
            Recorded(events, volunteer, activity, attendance, 10m, "awaiting-organiser"),
            Corrected(events, volunteer, activity, attendance, 10m, "awaiting-organiser", "漏记下午4小时", null));
        var pending = await Eventually.GetAsync(() => FiguresAsync(client, events, admin), f => f.RecordedHours == 0);
        Assert.Equal(0.0, pending.ServiceHours);
        await events.PublishAsync(
            new HoursApproved(attendance, activity, volunteer, May10, 10m, "organiser", CorrectedAt));

        var approved = await Eventually.GetAsync(() => FiguresAsync(client, events, admin), f => f.RecordedHours == 10);
        Assert.Equal(10.0, approved.ServiceHours);
    }

    private static AttendanceRecorded Recorded(
        CampaignEvents events, Guid volunteer, Guid activity, Guid attendance, decimal hours, string status) =>
        new(attendance, activity, volunteer, events.City1, May10, CampaignEvents.At, CampaignEvents.At, hours, status,
            3, CorrectedAt);

    [Fact]
    public async Task A_correction_in_another_union_naming_this_unions_request_leaves_the_request_alone()
    {
        var (events, volunteer, activity, attendance) = await SeedAsync();
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var self = host.BearerToken(PlatformRoles.Volunteer, events.City1.ToString(), volunteer.ToString());
        var asked = await FileAsync(client, volunteer, activity, "5月10日实际服务5小时", self);
        var foreign = Corrected(events, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 5m, "counted",
            "他会的更正", Guid.Parse(asked.Id)) with { UnionId = events.City2, CorrectedBy = "other-admin" };

        // Projections are applied in order: once the second is accepted, the first was seen and passed over.
        await events.PublishAllAsync(foreign,
            Corrected(events, volunteer, activity, attendance, 5m, "counted", "按签到记录更正为5小时", Guid.Parse(asked.Id)));

        var answered = await Eventually.GetAsync(async () => (await client.ListRecordCorrectionsAsync(
                new ListRecordCorrectionsRequest { VolunteerId = volunteer.ToString() }, self)).Corrections.Single(),
            c => c.Status != CorrectionStatus.Open);
        Assert.Equal((CorrectionStatus.Accepted, "按签到记录更正为5小时", "city-admin"),
            (answered.Status, answered.Resolution, answered.ResolvedBy));
    }

    private static AttendanceCorrected Corrected(CampaignEvents events, Guid volunteer, Guid activity, Guid attendance,
        decimal hours, string status, string reason, Guid? request) =>
        new(attendance, activity, volunteer, events.City1, May10, 3, 6m, hours, status, reason, "city-admin", request,
            AfterRecording: true, CorrectedAt);

    private static async Task<RecordCorrection> FileAsync(
        ReportingService.ReportingServiceClient client, Guid volunteer, Guid activity, string reason, Metadata self) =>
        (await client.RequestRecordCorrectionAsync(new RequestRecordCorrectionRequest
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = volunteer.ToString(), ActivityId = activity.ToString(),
            Reason = reason,
        }, self)).Correction;

    private static async Task<ProtoFigures> FiguresAsync(
        ReportingService.ReportingServiceClient client, CampaignEvents events, Metadata admin) =>
        (await client.GetFiguresAsync(new GetFiguresRequest
        {
            UnionId = events.City1.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31",
        }, admin)).Figures;

    /// <summary>A volunteer with one recorded day of 6 hours at an activity of the first city.</summary>
    private async Task<(CampaignEvents Events, Guid Volunteer, Guid Activity, Guid Attendance)> SeedAsync()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (volunteer, activity, attendance) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = CampaignEvents.At;
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200),
            new VolunteerRegistered(volunteer, events.City1, "李文静", "female", "教师", [], [], false, at),
            events.Planned(activity, events.City1, "连州送教", "teaching", "designated", "education", May10, May10),
            new AttendanceRecorded(attendance, activity, volunteer, events.City1, May10, at, at, 6m, "counted", 2, at),
            CampaignEvents.Completed(activity, events.City1, 50, 0m),
            new ActivityRecorded(activity, events.City1, [new RecordedService(volunteer, May10, 6m)], at.AddDays(21)));
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        await Eventually.GetAsync(async () =>
        {
            try
            {
                return await FiguresAsync(client, events, admin);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, f => f is { ServiceHours: 6, RecordedHours: 6 });
        return (events, volunteer, activity, attendance);
    }
}

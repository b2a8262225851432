using System.Text;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Records;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>Service records, corrections, certificates and the CSV export, from events fed through the broker.</summary>
public sealed class RecordTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private const string Tricky = "送医下乡, \"健康\"行";

    [Fact]
    public async Task A_volunteer_reads_their_own_masked_record_with_services_trainings_and_awards_and_nobody_outside_scope_does()
    {
        var seed = await SeedAsync();
        var record = (await seed.Client.GetServiceRecordAsync(new GetServiceRecordRequest { VolunteerId = seed.Volunteer.ToString() }, seed.Self)).Record;

        Assert.Equal(("李**", "female", "广州市教育工会", 16d), (record.MaskedName, record.Gender, record.UnionName, record.TotalHours));
        Assert.Equal(["2026-05-10 连州送教 6", "2026-05-11 连州送教 4", $"2026-05-20 {Tricky} 6"], record.Services.Select(s => $"{s.Date} {s.ActivityName} {s.Hours}"));
        var first = record.Services[0];
        Assert.Equal(("连州市第一小学", "连州送教的服务内容", "张队长", "广州市教育工会", "优秀", "2026-05-21"),
            (first.Place, first.Content, first.PersonInCharge, first.OrganiserUnionName, first.Evaluation, first.EvaluatedOn));
        var training = Assert.Single(record.Trainings);
        Assert.Equal(("safety", "安全培训", 2d, "2026-04-01", "山区交通与急救", "广州市教育工会"),
            (training.Kind, training.Name, training.Hours, training.Date, training.Content, training.Organiser));
        Assert.Equal("优秀志愿者", Assert.Single(record.Awards).Name);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => seed.Client.GetServiceRecordAsync(
            new GetServiceRecordRequest { VolunteerId = seed.Volunteer.ToString() }, host.BearerToken(PlatformRoles.Volunteer, seed.Events.City1.ToString(), Guid.NewGuid().ToString())).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => seed.Client.GetServiceRecordAsync(
            new GetServiceRecordRequest { VolunteerId = seed.Volunteer.ToString() }, host.BearerToken(PlatformRoles.UnionAdmin, seed.Events.City2.ToString())).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => seed.Client.GetServiceRecordAsync(
            new GetServiceRecordRequest { VolunteerId = Guid.NewGuid().ToString() }, host.BearerToken(PlatformRoles.ProvincialAdmin)).ResponseAsync);
    }

    [Fact]
    public async Task Corrections_are_filed_once_per_request_id_resolved_once_in_scope_and_kept_as_history()
    {
        var seed = await SeedAsync();
        var request = new RequestRecordCorrectionRequest { RequestId = Guid.NewGuid().ToString(), VolunteerId = seed.Volunteer.ToString(), Reason = "5月11日实际服务5小时" };

        var filed = (await seed.Client.RequestRecordCorrectionAsync(request, seed.Self)).Correction;
        var retried = (await seed.Client.RequestRecordCorrectionAsync(request, seed.Self)).Correction;
        Assert.Equal(filed, retried);
        Assert.Equal(CorrectionStatus.Open, filed.Status);
        Assert.Equal(["reason", "request_id"], await RpcAssert.InvalidFieldsAsync(() => seed.Client.RequestRecordCorrectionAsync(
            new RequestRecordCorrectionRequest { VolunteerId = seed.Volunteer.ToString(), Reason = " " }, seed.Self).ResponseAsync));

        var resolve = new ResolveRecordCorrectionRequest { CorrectionId = filed.Id, Accepted = true, Resolution = "已在活动服务中更正为5小时" };
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => seed.Client.ResolveRecordCorrectionAsync(resolve, seed.Self).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => seed.Client.ResolveRecordCorrectionAsync(
            resolve, host.BearerToken(PlatformRoles.UnionAdmin, seed.Events.City2.ToString())).ResponseAsync);
        var resolved = (await seed.Client.ResolveRecordCorrectionAsync(resolve, seed.Admin)).Correction;
        Assert.Equal((CorrectionStatus.Accepted, "已在活动服务中更正为5小时"), (resolved.Status, resolved.Resolution));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => seed.Client.ResolveRecordCorrectionAsync(resolve, seed.Admin).ResponseAsync);

        var second = request.Clone();
        second.RequestId = Guid.NewGuid().ToString();
        await seed.Client.RequestRecordCorrectionAsync(second, seed.Self);
        var page1 = await seed.Client.ListRecordCorrectionsAsync(new ListRecordCorrectionsRequest { VolunteerId = seed.Volunteer.ToString(), PageSize = 1 }, seed.Self);
        var page2 = await seed.Client.ListRecordCorrectionsAsync(new ListRecordCorrectionsRequest { VolunteerId = seed.Volunteer.ToString(), PageSize = 1, PageToken = page1.NextPageToken }, seed.Self);
        Assert.Equal([CorrectionStatus.Open, CorrectionStatus.Accepted], page1.Corrections.Concat(page2.Corrections).Select(c => c.Status));
        Assert.Empty(page2.NextPageToken);
    }

    [Fact]
    public async Task A_certificate_verifies_with_only_its_code_and_an_altered_code_does_not()
    {
        var seed = await SeedAsync();
        var issue = new IssueCertificateRequest { RequestId = Guid.NewGuid().ToString(), VolunteerId = seed.Volunteer.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-15" };
        var certificate = (await seed.Client.IssueCertificateAsync(issue, seed.Self)).Certificate;
        Assert.Equal(certificate, (await seed.Client.IssueCertificateAsync(issue, seed.Self)).Certificate);
        Assert.Equal(("李**", 10d, 1, "连州送教", "广州市教育工会"), (certificate.MaskedName, certificate.TotalHours, certificate.Activities, certificate.Content, certificate.Issuer));

        var anonymous = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var verified = (await anonymous.VerifyCertificateAsync(new VerifyCertificateRequest { Code = certificate.VerificationCode.ToLowerInvariant() })).Certificate;
        Assert.Equal((certificate.Number, certificate.MaskedName, certificate.TotalHours, "2026-05-01", "2026-05-15", certificate.Issuer, ""),
            (verified.Number, verified.MaskedName, verified.TotalHours, verified.PeriodStart, verified.PeriodEnd, verified.Issuer, verified.VolunteerId));

        var code = certificate.VerificationCode;
        foreach (var position in new[] { 3, 9, code.Length - 1 })
        {
            var altered = code[..position] + (code[position] == 'A' ? 'B' : 'A') + code[(position + 1)..];
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => anonymous.VerifyCertificateAsync(new VerifyCertificateRequest { Code = altered }).ResponseAsync);
        }

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => seed.Client.IssueCertificateAsync(
            new IssueCertificateRequest { RequestId = Guid.NewGuid().ToString(), VolunteerId = seed.Volunteer.ToString(), PeriodStart = "2026-01-01", PeriodEnd = "2026-01-31" }, seed.Self).ResponseAsync);
        Assert.Equal(["period_end", "period_start"], await RpcAssert.InvalidFieldsAsync(() => seed.Client.IssueCertificateAsync(
            new IssueCertificateRequest { RequestId = "x", VolunteerId = seed.Volunteer.ToString(), PeriodEnd = "2026-02-30" }, seed.Self).ResponseAsync));
    }

    [Fact]
    public async Task A_revoked_certificate_verifies_as_revoked_saying_when_and_why_and_the_first_revocation_stands()
    {
        var seed = await SeedAsync();
        var issue = new IssueCertificateRequest
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = seed.Volunteer.ToString(),
            PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31",
        };
        var certificate = (await seed.Client.IssueCertificateAsync(issue, seed.Self)).Certificate;
        var revoke = new RevokeCertificateRequest
        {
            VolunteerId = seed.Volunteer.ToString(), Number = certificate.Number.ToLowerInvariant(),
            Reason = "服务时长已更正，原证明作废",
        };

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => seed.Client.RevokeCertificateAsync(revoke, seed.Self).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => seed.Client.RevokeCertificateAsync(
            revoke, host.BearerToken(PlatformRoles.UnionAdmin, seed.Events.City2.ToString())).ResponseAsync);
        var colleagues = NamingAnotherVolunteer(revoke, await RegisteredColleagueAsync(seed));
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => seed.Client.RevokeCertificateAsync(colleagues, seed.Admin).ResponseAsync);
        var anonymous = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var verify = new VerifyCertificateRequest { Code = certificate.VerificationCode };
        var standing = (await anonymous.VerifyCertificateAsync(verify)).Certificate;
        Assert.Equal((null, ""), (standing.RevokedAt, standing.RevocationReason));

        var revoked = (await seed.Client.RevokeCertificateAsync(revoke, seed.Admin)).Certificate;
        Assert.Equal(("服务时长已更正，原证明作废", certificate.VerificationCode),
            (revoked.RevocationReason, revoked.VerificationCode));
        Assert.NotNull(revoked.RevokedAt);
        var again = revoke.Clone();
        again.Reason = "另一个理由";
        Assert.Equal(revoked, (await seed.Client.RevokeCertificateAsync(again, seed.Admin)).Certificate);

        var verified = (await anonymous.VerifyCertificateAsync(verify)).Certificate;
        Assert.Equal((revoked.RevokedAt, revoked.RevocationReason, certificate.TotalHours),
            (verified.RevokedAt, verified.RevocationReason, verified.TotalHours));
        Assert.Equal(revoked, (await seed.Client.IssueCertificateAsync(issue, seed.Self)).Certificate);
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_the_documented_columns_and_rfc_4180_escaping()
    {
        var seed = await SeedAsync();
        var bytes = await ExportAsync(seed.Client, new ExportServiceRecordsRequest { UnionId = seed.Events.City1.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31" }, seed.Admin);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString([.. bytes.Skip(3)]);
        var lines = text.Split("\r\n");
        Assert.Equal(string.Join(',', ServiceRecordExport.Header), lines[0]);
        Assert.Equal("志愿者编号,姓名,性别,活动编号,活动名称,服务日期,服务地点,服务内容,服务时长,组织单位,活动负责人,记录时间", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.StartsWith($"{seed.Volunteer},李文静,女,", lines[1]);
        Assert.Contains(",2026-05-10,连州市第一小学,连州送教的服务内容,6.00,广州市教育工会,张队长,2026-05-21 10:00", lines[1]);
        Assert.Contains(",\"送医下乡, \"\"健康\"\"行\",2026-05-20,", lines[3]);
        Assert.Contains(",\"第一行\n第二行\",", text);

        Assert.Equal(["period_end", "period_start"], await RpcAssert.InvalidFieldsAsync(async () =>
        {
            using var bad = seed.Client.ExportServiceRecords(new ExportServiceRecordsRequest(), seed.Admin);
            await bad.ResponseStream.MoveNext(CancellationToken.None);
        }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
        {
            using var denied = seed.Client.ExportServiceRecords(new ExportServiceRecordsRequest { PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31" }, seed.Self);
            await denied.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    [Fact]
    public async Task Export_cells_a_spreadsheet_would_run_as_formulas_are_prefixed_with_a_quote()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (volunteer, activity, day) = (Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 4, 20));
        await events.PublishAllAsync(
            events.Union(events.City1, null, "=广州市教育工会", "city-education", 30, 300),
            new VolunteerRegistered(volunteer, events.City1, "=cmd|' /C calc'!A0", "male", null, [], [], false, CampaignEvents.At),
            events.Planned(activity, events.City1, "@SUM(A1)", "teaching", "designated", "education", day, day)
                with { Place = "+place", LeaderName = "-2+3", Content = "\tcontent" },
            new ActivityRecorded(activity, events.City1, [new RecordedService(volunteer, day, 4m)], CampaignEvents.At.AddDays(30)));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var request = new ExportServiceRecordsRequest { UnionId = events.City1.ToString(), PeriodStart = "2026-04-20", PeriodEnd = "2026-04-20" };
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());

        var rows = await Eventually.GetAsync(async () =>
        {
            try
            {
                return Encoding.UTF8.GetString([.. (await ExportAsync(client, request, admin)).Skip(3)]).Split("\r\n");
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return [];
            }
        }, lines => lines.Length == 3 && lines[1].Contains("+place"));

        Assert.Equal($"{volunteer},'=cmd|' /C calc'!A0,男,{activity},'@SUM(A1),2026-04-20,'+place,'\tcontent,4.00,'=广州市教育工会,'-2+3,2026-05-31 10:00", rows[1]);
    }

    private static async Task<List<byte>> ExportAsync(ReportingService.ReportingServiceClient client, ExportServiceRecordsRequest request, Metadata headers)
    {
        using var call = client.ExportServiceRecords(request, headers);
        var bytes = new List<byte>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            bytes.AddRange(call.ResponseStream.Current.Chunk);
        }

        return bytes;
    }

    private static RevokeCertificateRequest NamingAnotherVolunteer(RevokeCertificateRequest revoke, Guid other)
    {
        var request = revoke.Clone();
        request.VolunteerId = other.ToString();
        return request;
    }

    /// <summary>A second volunteer of the seed's union, once reporting knows them (their record is reached).</summary>
    private async Task<Guid> RegisteredColleagueAsync(Seed seed)
    {
        var colleague = Guid.NewGuid();
        await seed.Events.PublishAllAsync(
            new VolunteerRegistered(
                colleague, seed.Events.City1, "王芳", "female", "教师", [], [], false, CampaignEvents.At));
        await Eventually.GetAsync(async () =>
        {
            try
            {
                await seed.Client.GetServiceRecordAsync(new() { VolunteerId = colleague.ToString() }, seed.Admin);
                return true;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, known => known);
        return colleague;
    }

    private sealed record Seed(CampaignEvents Events, Guid Volunteer, ReportingService.ReportingServiceClient Client, Metadata Self, Metadata Admin);

    private async Task<Seed> SeedAsync()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (volunteer, a1, a2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var recordedAt = new DateTimeOffset(2026, 5, 21, 2, 0, 0, TimeSpan.Zero);
        var tricky = events.Planned(a2, events.City1, Tricky, "medical", "designated", "health", new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20))
            with { Content = "第一行\n第二行" };
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200),
            new VolunteerRegistered(volunteer, events.City1, "李文静", "female", "教师", [], [], false, CampaignEvents.At),
            new TrainingRecorded(Guid.NewGuid(), volunteer, events.City1, "safety", "安全培训", 2m, new DateOnly(2026, 4, 1),
                "山区交通与急救", "广州市教育工会"),
            new AwardRecorded(Guid.NewGuid(), volunteer, events.City1, "优秀志愿者", new DateOnly(2026, 3, 1), "广州市教育工会"),
            new ActivityRecorded(a1, events.City1, [new RecordedService(volunteer, new DateOnly(2026, 5, 10), 6m), new RecordedService(volunteer, new DateOnly(2026, 5, 11), 4m)], recordedAt),
            events.Planned(a1, events.City1, "连州送教", "teaching", "designated", "education", new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 11)),
            CampaignEvents.Completed(a1, events.City1, 50, 0m),
            tricky,
            new ActivityRecorded(a2, events.City1, [new RecordedService(volunteer, new DateOnly(2026, 5, 20), 6m)], recordedAt));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());
        await Eventually.GetAsync(async () =>
        {
            try
            {
                return (await client.GetServiceRecordAsync(new GetServiceRecordRequest { VolunteerId = volunteer.ToString() }, admin)).Record;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied)
            {
                return null;
            }
        }, r => r is { Services.Count: 3, Awards.Count: 1, Trainings.Count: 1 } && r.Services.All(s => s.PersonInCharge.Length > 0 && s.Evaluation.Length > 0 || s.ActivityName == Tricky));
        return new Seed(events, volunteer, client, host.BearerToken(PlatformRoles.Volunteer, events.City1.ToString(), volunteer.ToString()), admin);
    }
}

using Grpc.Core;
using UglyToad.PdfPig;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// The printed certificate: roster's person with reporting's figures, read back from the PDF's text; a revoked
/// certificate verifies as revoked and is not printed again.
/// </summary>
public sealed class CertificatePrintTests(RosterWithNeighboursHost host) : IClassFixture<RosterWithNeighboursHost>
{
    private static readonly DateOnly Day = new(2026, 7, 1);
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task The_pdf_states_the_full_name_masked_id_national_number_hours_issuer_and_code()
    {
        var (volunteer, self, _) = await RecordedVolunteerAsync("440700", "江门市教育工会", "44070000001");
        var print = Print(volunteer);

        var printed = await _data.Client().PrintCertificateAsync(print, self);
        var pdf = printed.Pdf.ToByteArray();
        var text = TextOf(pdf);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        foreach (var stated in new[] { "志愿服务证明", "陈志远", "居民身份证", volunteer.IdNumberMasked, "44070000001",
                     "累计服务时长6.5小时", "活动1项", ExportWorld.FormulaName, "江门市教育工会", printed.Number,
                     printed.VerificationCode })
        {
            Assert.Contains(stated, text);
        }

        var reporting = new ReportingService.ReportingServiceClient(host.Reporting.CreateChannel());
        var verified = (await reporting.VerifyCertificateAsync(new() { Code = printed.VerificationCode })).Certificate;
        Assert.Equal((6.5d, "陈**"), (verified.TotalHours, verified.MaskedName));
        Assert.Equal(printed.Number, (await _data.Client().PrintCertificateAsync(print, self)).Number);
    }

    [Fact]
    public async Task A_revoked_certificate_is_not_printed_and_others_are_refused_as_reporting_refuses_them()
    {
        var (volunteer, self, admin) = await RecordedVolunteerAsync("440800", "湛江市教育工会", "44080000001");
        var printed = await _data.Client().PrintCertificateAsync(Print(volunteer), admin);
        var reporting = new ReportingService.ReportingServiceClient(host.Reporting.CreateChannel());

        await reporting.RevokeCertificateAsync(
            new() { VolunteerId = volunteer.Id, Number = printed.Number, Reason = "服务时长有误" }, admin);

        var revoked = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => _data.Client().PrintCertificateAsync(Print(volunteer), self).ResponseAsync);
        Assert.Contains("服务时长有误", revoked.Status.Detail);
        var verified = (await reporting.VerifyCertificateAsync(new() { Code = printed.VerificationCode })).Certificate;
        Assert.Equal("服务时长有误", verified.RevocationReason);
        var other = host.BearerToken(PlatformRoles.UnionAdmin, (await _data.CityAsync("440900", "茂名市教育工会")).Id);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => _data.Client().PrintCertificateAsync(Print(volunteer, "other"), other).ResponseAsync);
        var empty = Print(volunteer, "empty");
        empty.PeriodStart = empty.PeriodEnd = "2026-01-05";
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => _data.Client().PrintCertificateAsync(empty, self).ResponseAsync);
        Assert.Equal(["period_end", "request_id"], await RpcAssert.InvalidFieldsAsync(() => _data.Client()
            .PrintCertificateAsync(new() { VolunteerId = volunteer.Id, PeriodStart = "2026-07-02",
                PeriodEnd = "2026-07-01" }, self).ResponseAsync));
    }

    [Fact]
    public async Task A_request_id_replayed_by_another_unions_admin_prints_none_of_the_first_unions_certificate()
    {
        var (first, _, adminA) = await RecordedVolunteerAsync("441200", "肇庆市教育工会", "44120000001");
        var (second, _, adminB) = await RecordedVolunteerAsync("441300", "惠州市教育工会", "44130000001");

        var printedA = await _data.Client().PrintCertificateAsync(Print(first, "print-shared"), adminA);
        var printedB = await _data.Client().PrintCertificateAsync(Print(second, "print-shared"), adminB);

        Assert.NotEqual(printedA.Number, printedB.Number);
        Assert.DoesNotContain(first.IdNumberMasked, TextOf(printedB.Pdf.ToByteArray()));
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => _data.Client().PrintCertificateAsync(Print(first, "print-shared"), adminB).ResponseAsync);
        var replayed = await _data.Client().PrintCertificateAsync(Print(first, "print-shared"), adminA);
        Assert.Equal(printedA.Number, replayed.Number);
    }

    private static PrintCertificateRequest Print(StaffVolunteer volunteer, string requestId = "print-1") => new()
    {
        RequestId = requestId, VolunteerId = volunteer.Id, PeriodStart = "2026-07-01", PeriodEnd = "2026-07-31",
    };

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "");
    }

    private async Task<(StaffVolunteer Volunteer, Metadata Self, Metadata Admin)> RecordedVolunteerAsync(
        string region, string unionName, string nationalNumber)
    {
        var city = await _data.CityAsync(region, unionName);
        var (volunteer, _) = await ExportWorld.RegisterAsync(_data, city, nationalNumber);
        await ExportWorld.RecordAsync(host, city, [Day], [volunteer]);
        return (volunteer, host.BearerToken(PlatformRoles.Volunteer, city.Id, volunteer.Id),
            host.BearerToken(PlatformRoles.UnionAdmin, city.Id));
    }
}

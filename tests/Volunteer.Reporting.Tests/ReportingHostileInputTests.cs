using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Data;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Malformed requests, however hostile, are INVALID_ARGUMENT naming each bad field (never INTERNAL or
/// UNKNOWN) and write nothing; digests of periods not yet over are refused before anything is produced.
/// </summary>
public sealed class ReportingHostileInputTests(TwoUnionHost host) : IClassFixture<TwoUnionHost>
{
    private static readonly string Huge = new('x', 100_000);

    [Fact]
    public async Task Oversized_texts_bad_dates_and_extreme_numbers_name_their_fields_and_write_nothing()
    {
        var world = await host.WorldAsync();
        var client = host.Client();
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, world.UnionA.ToString());
        var (volunteer, activity) = (world.VolunteerA.ToString(), world.ActivityA.ToString());
        var before = await WrittenAsync();
        var cases = new (string[] Fields, Func<Task> Call)[]
        {
            (["request_id"], () => client.IssueCertificateAsync(new() { RequestId = new string('r', 101), VolunteerId = volunteer,
                PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31" }, admin).ResponseAsync),
            (["period_end", "period_start"], () => client.IssueCertificateAsync(new() { RequestId = "r", VolunteerId = volunteer,
                PeriodStart = "0001-01-01", PeriodEnd = "9999-12-31" }, admin).ResponseAsync),
            (["volunteer_id"], () => client.IssueCertificateAsync(new() { RequestId = "r", VolunteerId = Huge }, admin).ResponseAsync),
            (["reason"], () => client.RequestRecordCorrectionAsync(new() { RequestId = "r", VolunteerId = volunteer,
                Reason = new string('因', 501) }, admin).ResponseAsync),
            (["activity_id"], () => client.RequestRecordCorrectionAsync(new() { RequestId = "r", VolunteerId = volunteer,
                ActivityId = "not-an-id", Reason = "有误" }, admin).ResponseAsync),
            (["resolution"], () => client.ResolveRecordCorrectionAsync(new() { CorrectionId = world.CorrectionA,
                Resolution = Huge }, admin).ResponseAsync),
            (["innovation", "results", "story"], () => client.MarkTypicalCaseAsync(new() { RequestId = "r", ActivityId = activity,
                Story = new string('s', 2001), Innovation = new string('i', 1001), Results = new string('o', 1001) }, admin).ResponseAsync),
            (["number", "reason"], () => client.RevokeCertificateAsync(new() { VolunteerId = volunteer,
                Number = new string('Z', 65), Reason = Huge }, admin).ResponseAsync),
            (["number", "reason"], () => client.RevokeCertificateAsync(new() { VolunteerId = volunteer,
                Number = " ", Reason = "" }, admin).ResponseAsync),
            (["code"], () => client.VerifyCertificateAsync(new() { Code = new string('Z', 65) }).ResponseAsync),
            (["period_end", "period_start"], () => client.GetFiguresAsync(new() { PeriodStart = "2026-13-01",
                PeriodEnd = "1999-12-31" }, admin).ResponseAsync),
            (["period_end"], () => client.GetFiguresAsync(new() { PeriodStart = "2026-06-01", PeriodEnd = "2026-05-31" }, admin).ResponseAsync),
            (["kind", "page_size", "page_token"], () => client.ListDigestsAsync(new() { Kind = (DigestKind)999,
                PageSize = int.MinValue, PageToken = Huge }, admin).ResponseAsync),
            (["format", "version"], () => client.GetDigestAsync(new() { Id = world.DigestA, Format = (DigestFormat)(-7),
                Version = -1 }, admin).ResponseAsync),
            (["kind", "period_day"], () => client.GenerateDigestAsync(new() { Kind = (DigestKind)42, PeriodDay = "2017-12-31" },
                admin).ResponseAsync),
            (["period_day"], () => client.GenerateDigestAsync(new() { Kind = DigestKind.Monthly, PeriodDay = "20260515" }, admin).ResponseAsync),
            (["campaign_year", "kind", "limit"], () => client.ListCommendationCandidatesAsync(new() { CampaignYear = int.MaxValue,
                Limit = int.MinValue, Kind = (CandidateKind)3 }, admin).ResponseAsync),
            (["page_token"], () => client.ListTypicalCasesAsync(new() { PageToken = "%%%" }, admin).ResponseAsync),
            (["campaign_year", "kind", "reason", "request_id"], () => client.NominateForCommendationAsync(new() {
                RequestId = new string('r', 101), CampaignYear = 1999, Kind = (CandidateKind)9, VolunteerId = volunteer,
                Reason = new string('因', 501) }, admin).ResponseAsync),
            (["team_id"], () => client.NominateForCommendationAsync(new() { RequestId = "r", Kind = CandidateKind.Team,
                VolunteerId = volunteer }, admin).ResponseAsync),
            (["nomination_id"], () => client.WithdrawNominationAsync(new() { NominationId = "not-an-id" },
                admin).ResponseAsync),
            (["decision", "reason"], () => client.DecideNominationAsync(new() { NominationId = world.NominationA,
                Decision = (NominationDecision)7, Reason = Huge }, host.Province).ResponseAsync),
            (["reason"], () => client.DecideNominationAsync(new() { NominationId = world.NominationA,
                Decision = NominationDecision.Reject, Reason = "  " }, host.Province).ResponseAsync),
            (["campaign_year", "request_id"], () => client.PublishCommendationsAsync(new() { CampaignYear = -1 },
                host.Province).ResponseAsync),
            (["campaign_year", "page_size", "status"], () => client.ListNominationsAsync(new() { CampaignYear = 3000,
                PageSize = -1, Status = (NominationStatus)99 }, admin).ResponseAsync),
            (["page_size", "page_token"], () => client.ListRecordCorrectionsAsync(new() { VolunteerId = volunteer,
                PageSize = -1, PageToken = new string('A', 201) }, admin).ResponseAsync),
            (["period_end", "period_start"], () => FirstAsync(client.ExportServiceRecords(
                new() { PeriodStart = "2101-01-01", PeriodEnd = "-2026-01-01" }, admin))),
            (["union_id"], () => FirstAsync(client.ExportServiceRecords(
                new() { UnionId = Huge, PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" }, admin))),
            (["union_id"], () => FirstAsync(client.ExportServiceEntries(
                new() { UnionId = Huge, PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" }, admin))),
            (["union_id"], () => FirstAsync(client.ExportServiceEntries(new() { UnionId = "../union",
                PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" }, admin))),
            (["period_end", "period_start"], () => FirstAsync(client.ExportServiceEntries(
                new() { PeriodStart = "2026-02-30", PeriodEnd = Huge }, admin))),
            (["period_start"], () => FirstAsync(client.ExportServiceEntries(
                new() { PeriodEnd = "2026-06-30" }, admin))),
        };

        foreach (var (fields, call) in cases)
        {
            Assert.Equal(fields, await RpcAssert.InvalidFieldsAsync(call));
        }

        Assert.Equal(before, await WrittenAsync());
        // Extreme but meaningful numbers are capped, not refused.
        await client.ListCommendationCandidatesAsync(new() { Kind = CandidateKind.Team, Limit = int.MaxValue }, admin);
    }

    [Fact]
    public async Task A_digest_is_produced_only_for_a_period_that_has_ended_and_only_by_admins_of_its_union()
    {
        var world = await host.WorldAsync();
        var client = host.Client();
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, world.UnionA.ToString());
        var before = await WrittenAsync();

        // Today is Monday 15 June 2026: this week, this month and this year's campaign have not ended.
        foreach (var (kind, day) in new[] { (DigestKind.Monthly, "2030-01-15"), (DigestKind.Monthly, "2026-06-01"),
            (DigestKind.Weekly, "2026-06-15"), (DigestKind.CampaignSummary, "2026-03-01") })
        {
            var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () =>
                client.GenerateDigestAsync(new() { Kind = kind, PeriodDay = day }, admin).ResponseAsync);
            Assert.Equal("PERIOD_NOT_ENDED", refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations[0].Type);
        }

        var april = new GenerateDigestRequest { Kind = DigestKind.Monthly, UnionId = world.UnionA.ToString(), PeriodDay = "2026-04-30" };
        var denied = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.GenerateDigestAsync(april,
            host.BearerToken(PlatformRoles.UnionAdmin, world.UnionB.ToString())).ResponseAsync);
        Assert.Equal("OUTSIDE_UNION_SCOPE", denied.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.GenerateDigestAsync(april,
            host.BearerToken(PlatformRoles.ReportViewer, world.UnionA.ToString())).ResponseAsync);
        Assert.Equal(before, await WrittenAsync());

        var produced = await client.GenerateDigestAsync(april, admin);
        Assert.True(produced.Created);
        Assert.Equal(("2026-04-01", "2026-04-30"), (produced.Digest.PeriodStart, produced.Digest.PeriodEnd));
    }

    private static async Task FirstAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            await call.ResponseStream.MoveNext(CancellationToken.None);
        }
    }

    private async Task<(int, int, int, int, int, int)> WrittenAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return (await db.Certificates.CountAsync(), await db.Corrections.CountAsync(), await db.TypicalCases.CountAsync(),
            await db.Digests.CountAsync(), await db.Nominations.CountAsync(n => n.Status != "nominated"),
            await db.Publications.CountAsync());
    }
}

using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using DigestRevisions = Volunteer.Reporting.Digests.DigestRevisions;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// A week's digest on the fake clock (Monday 15 June 2026): provisional until its recording deadline,
/// a new version when a late record arrives, produced once by racing replicas, earlier versions kept.
/// </summary>
public sealed class DigestVersionTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateOnly June3 = new(2026, 6, 3);

    private readonly Guid activity = Guid.NewGuid();

    [Fact]
    public async Task A_late_record_makes_version_2_with_its_changes_while_version_1_stays_and_the_week_turns_final()
    {
        var (events, client, admin) = await SeedAsync();
        var first = (await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Weekly, UnionId = events.City1.ToString(), PeriodDay = "2026-06-03",
        }, admin)).Digest;
        // Ended Sunday 7 June: recorded on time until Friday 19 June, final from the day after.
        Assert.Equal((1, false, "2026-06-20", false), (first.Version, first.Final, first.FinalFrom, first.NewerData));
        Assert.Contains("暂定数据", (await ReadAsync(client, admin, first.Id, 0, DigestFormat.Markdown)).Content);

        var late = ReportingServiceHost.Start.AddHours(1);
        await events.PublishAsync(new AttendanceRecorded(Guid.NewGuid(), activity, Guid.NewGuid(), events.City1,
            June3.AddDays(1), late, late, 4m, "counted", 2, late));
        await Eventually.GetAsync(async () => (await ReadAsync(client, admin, first.Id, 0, DigestFormat.Json)).Digest,
            d => d.NewerData);
        var again = await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Weekly, UnionId = events.City1.ToString(), PeriodDay = "2026-06-07",
        }, admin);
        Assert.Equal((false, first.Id, true), (again.Created, again.Digest.Id, again.Digest.NewerData));

        await using var replica = host.WithWebHostBuilder(_ => { });
        var produced = await Task.WhenAll(ReviseAsync(host), ReviseAsync(replica));
        Assert.Equal(1, produced.Sum());
        Assert.Equal(0, await ReviseAsync(host));

        var second = await ReadAsync(client, admin, first.Id, 2, DigestFormat.Markdown);
        Assert.Equal((2, false), (second.Digest.Version, second.Digest.NewerData));
        Assert.Contains("与上一版本相比的变化", second.Content);
        Assert.Contains("服务时长（小时）：6 → 10", second.Content);
        var kept = await ReadAsync(client, admin, first.Id, 1, DigestFormat.Json);
        Assert.Equal((first.Id, 1, true), (kept.Digest.Id, kept.Digest.Version, kept.Digest.NewerData));
        Assert.Equal(6m, JsonDocument.Parse(kept.Content).RootElement.GetProperty("figures").GetProperty("serviceHours").GetDecimal());
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => ReadAsync(client, admin, first.Id, 3, DigestFormat.Json));
        var listed = (await client.ListDigestsAsync(new ListDigestsRequest
        {
            UnionId = events.City1.ToString(), Kind = DigestKind.Weekly,
        }, admin)).Digests;
        Assert.Equal([1, 2], listed.Where(d => d.PeriodStart == "2026-06-01").Select(d => d.Version).Order());

        host.Clock.Advance(TimeSpan.FromDays(5));
        var final = await ReadAsync(client, admin, second.Digest.Id, 0, DigestFormat.Markdown);
        Assert.True(final.Digest.Final);
        Assert.Contains("最终数据", final.Content);
    }

    [Fact]
    public async Task A_late_correction_of_last_octobers_day_makes_a_new_version_of_the_final_campaign_summary()
    {
        var (events, client, admin) = await SeedAsync();
        var summary = (await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.CampaignSummary, UnionId = events.City1.ToString(), PeriodDay = "2025-10-31",
        }, admin)).Digest;
        Assert.Equal((1, true, "2025-11-15"), (summary.Version, summary.Final, summary.FinalFrom));

        var late = host.Clock.GetUtcNow().AddHours(1);
        await events.PublishAsync(new AttendanceCorrected(Guid.NewGuid(), activity, Guid.NewGuid(), events.City1,
            new DateOnly(2025, 10, 30), 2, 0m, 3m, "counted", "补录遗漏的服务时长", "city-admin", null,
            AfterRecording: false, late));
        await Eventually.GetAsync(async () => (await ReadAsync(client, admin, summary.Id, 0, DigestFormat.Json)).Digest,
            d => d.NewerData);
        Assert.True(await ReviseAsync(host) >= 1);

        var second = await ReadAsync(client, admin, summary.Id, 2, DigestFormat.Markdown);
        Assert.Equal((2, true, false), (second.Digest.Version, second.Digest.Final, second.Digest.NewerData));
        Assert.Contains("最终数据", second.Content);
    }

    private static Task<GetDigestResponse> ReadAsync(
        ReportingService.ReportingServiceClient client, Metadata admin, string id, int version, DigestFormat format) =>
        client.GetDigestAsync(new GetDigestRequest { Id = id, Version = version, Format = format }, admin).ResponseAsync;

    private static async Task<int> ReviseAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRevisions>().ReviseAsync(CancellationToken.None);
    }

    /// <summary>One 6-hour day on Wednesday 3 June, recorded before the digest is produced.</summary>
    private async Task<(CampaignEvents, ReportingService.ReportingServiceClient, Metadata)> SeedAsync()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var volunteer = Guid.NewGuid();
        var at = CampaignEvents.At;
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Planned(activity, events.City1, "连州送教", "teaching", "designated", "education", June3, June3),
            new AttendanceRecorded(Guid.NewGuid(), activity, volunteer, events.City1, June3, at, at, 6m, "counted", 2, at));
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        await Eventually.GetAsync(async () =>
        {
            try
            {
                return (await client.GetFiguresAsync(new GetFiguresRequest
                {
                    UnionId = events.City1.ToString(), PeriodStart = "2026-06-01", PeriodEnd = "2026-06-07",
                }, admin)).Figures;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, f => f is { ServiceHours: 6 });
        return (events, client, admin);
    }
}

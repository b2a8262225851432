using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class DigestApiTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_generated_digest_renders_as_json_markdown_and_well_formed_html_with_charts_in_chinese_or_english()
    {
        var (events, client) = await SeedAsync();
        var admin = host.BearerToken(PlatformRoles.ProvincialAdmin);

        var generated = await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Monthly, UnionId = events.City1.ToString(), PeriodDay = "2026-05-31",
        }, admin);
        var again = await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Monthly, UnionId = events.City1.ToString(), PeriodDay = "2026-05-01",
        }, admin);

        Assert.True(generated.Created);
        Assert.False(again.Created);
        Assert.Equal(generated.Digest, again.Digest);
        Assert.Equal(("2026-05-01", "2026-05-31", "广州市教育工会"), (generated.Digest.PeriodStart, generated.Digest.PeriodEnd, generated.Digest.ScopeName));

        var html = await client.GetDigestAsync(new GetDigestRequest { Id = generated.Digest.Id, Format = DigestFormat.Html }, admin);
        Assert.Equal("text/html", html.MediaType);
        using var reader = XmlReader.Create(new StringReader(html.Content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var page = XDocument.Load(reader);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(3, page.Descendants(svg + "svg").Count());
        Assert.Contains("送教", page.Descendants(svg + "text").Select(t => t.Value));
        Assert.Contains("广州市教育工会 月报", html.Content);
        Assert.Contains("连州送教 & <义诊>", page.Root!.Value);

        var markdown = await client.GetDigestAsync(new GetDigestRequest { Id = generated.Digest.Id, Format = DigestFormat.Markdown }, admin);
        Assert.Contains("| 志愿服务活动 | 1 | 0 | +1 |", markdown.Content);
        Assert.Contains("| 服务时长（小时） | 6 | 0 | +6 |", markdown.Content);
        var english = await client.GetDigestAsync(new GetDigestRequest
        {
            Id = generated.Digest.Id, Format = DigestFormat.Markdown, Language = DigestLanguage.En,
        }, admin);
        Assert.Contains("# 广州市教育工会 Monthly digest", english.Content);
        Assert.Contains("| Active teams | 0 / 30 | 0 | 0 |", english.Content);

        var json = await client.GetDigestAsync(new GetDigestRequest { Id = generated.Digest.Id }, admin);
        var content = JsonDocument.Parse(json.Content).RootElement;
        Assert.Equal(120, content.GetProperty("figures").GetProperty("beneficiaries").GetInt32());
        Assert.Equal("application/json", json.MediaType);
    }

    [Fact]
    public async Task Generating_checks_fields_scope_and_lists_page_to_the_end()
    {
        var (events, client) = await SeedAsync();
        var cityAdmin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());

        // Ids are read at the edge, before the rest of the request.
        var fields = await RpcAssert.InvalidFieldsAsync(() => client.GenerateDigestAsync(new GenerateDigestRequest { UnionId = "nope" }, cityAdmin).ResponseAsync);
        Assert.Equal(["union_id"], fields);
        fields = await RpcAssert.InvalidFieldsAsync(() => client.GenerateDigestAsync(new GenerateDigestRequest(), cityAdmin).ResponseAsync);
        Assert.Equal(["kind", "period_day"], fields);
        fields = await RpcAssert.InvalidFieldsAsync(() => client.GenerateDigestAsync(
            new GenerateDigestRequest { Kind = DigestKind.Weekly, PeriodDay = "2026-01-07" }, cityAdmin).ResponseAsync);
        Assert.Equal(["period_day"], fields);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.GenerateDigestAsync(
            new GenerateDigestRequest { Kind = DigestKind.Monthly, PeriodDay = "2026-05-01", UnionId = events.City2.ToString() }, cityAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.GenerateDigestAsync(
            new GenerateDigestRequest { Kind = DigestKind.Monthly, PeriodDay = "2026-05-01", UnionId = events.City1.ToString() },
            host.BearerToken(PlatformRoles.ReportViewer, events.City1.ToString())).ResponseAsync);

        foreach (var month in new[] { "2026-03-01", "2026-04-01", "2026-05-01" })
        {
            await client.GenerateDigestAsync(new GenerateDigestRequest { Kind = DigestKind.Monthly, PeriodDay = month }, cityAdmin);
        }

        var viewer = host.BearerToken(PlatformRoles.ReportViewer, events.City1.ToString());
        var first = await client.ListDigestsAsync(new ListDigestsRequest { PageSize = 2 }, viewer);
        var second = await client.ListDigestsAsync(new ListDigestsRequest { PageSize = 2, PageToken = first.NextPageToken }, viewer);
        Assert.Equal(["2026-05-01", "2026-04-01", "2026-03-01"], first.Digests.Concat(second.Digests).Select(d => d.PeriodStart));
        Assert.Empty(second.NextPageToken);
        var outsider = host.BearerToken(PlatformRoles.ReportViewer, events.City2.ToString());
        Assert.Empty((await client.ListDigestsAsync(new ListDigestsRequest(), outsider)).Digests);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetDigestAsync(new GetDigestRequest { Id = first.Digests[0].Id }, outsider).ResponseAsync);
    }

    private async Task<(CampaignEvents Events, ReportingService.ReportingServiceClient Client)> SeedAsync()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var activity = Guid.NewGuid();
        var may10 = new DateOnly(2026, 5, 10);
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200),
            events.Planned(activity, events.City1, "连州送教 & <义诊>", "teaching", "designated", "education", may10, may10),
            new AttendanceRecorded(Guid.NewGuid(), activity, Guid.NewGuid(), events.City1, may10, CampaignEvents.At, CampaignEvents.At, 6m, "counted", 1, CampaignEvents.At),
            CampaignEvents.Completed(activity, events.City1, 120, 0m));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.ProvincialAdmin);
        await Eventually.GetAsync(async () =>
        {
            try
            {
                return (await client.GetFiguresAsync(new GetFiguresRequest { UnionId = events.City1.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31" }, admin)).Figures;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, f => f?.Beneficiaries == 120 && f.ServiceHours == 6);
        return (events, client);
    }
}

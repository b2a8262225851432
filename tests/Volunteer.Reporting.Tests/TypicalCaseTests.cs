using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class TypicalCaseTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task Completed_activities_become_cases_once_and_only_cases_with_naming_consent_reach_digests()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (consented, withheld, planned) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var june = new DateOnly(2026, 6, 2);
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200),
            events.Planned(consented, events.City1, "山区送教", "teaching", "designated", "education", june, june),
            CampaignEvents.Completed(consented, events.City1, 40, 0m),
            events.Planned(withheld, events.City1, "乡村义诊", "medical", "designated", "health", june, june),
            CampaignEvents.Completed(withheld, events.City1, 60, 0m),
            events.Planned(planned, events.City1, "未完成的活动", "teaching", "designated", "education", june, june));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, events.City1.ToString());
        await Eventually.GetAsync(() => ActivitiesAsync(client, events.City1), n => n == 3);

        var mark = Mark(consented, "双师课堂故事", new CaseConsent { VolunteersNamed = true, BeneficiariesNamed = true });
        var marked = (await client.MarkTypicalCaseAsync(mark, admin)).Case;
        Assert.Equal(marked, (await client.MarkTypicalCaseAsync(mark, admin)).Case);
        Assert.True(marked.Public);
        var hidden = (await client.MarkTypicalCaseAsync(Mark(withheld, "患者隐私故事", new CaseConsent { VolunteersNamed = true }), admin)).Case;
        Assert.False(hidden.Public);

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => client.MarkTypicalCaseAsync(Mark(consented, "再次", new CaseConsent()), admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.MarkTypicalCaseAsync(Mark(planned, "未完成", new CaseConsent()), admin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.MarkTypicalCaseAsync(
            Mark(planned, "越权", new CaseConsent()), host.BearerToken(PlatformRoles.UnionAdmin, events.City2.ToString())).ResponseAsync);
        Assert.Equal(["activity_id"], await RpcAssert.InvalidFieldsAsync(
            () => client.MarkTypicalCaseAsync(new MarkTypicalCaseRequest(), admin).ResponseAsync));
        Assert.Equal(["innovation", "request_id", "results", "story"], await RpcAssert.InvalidFieldsAsync(
            () => client.MarkTypicalCaseAsync(new MarkTypicalCaseRequest { ActivityId = planned.ToString() }, admin).ResponseAsync));

        var first = await client.ListTypicalCasesAsync(new ListTypicalCasesRequest { PageSize = 1 }, admin);
        var second = await client.ListTypicalCasesAsync(new ListTypicalCasesRequest { PageSize = 1, PageToken = first.NextPageToken }, admin);
        Assert.Equal([hidden.Id, marked.Id], first.Cases.Concat(second.Cases).Select(c => c.Id));
        Assert.Empty(second.NextPageToken);

        // A month's digest is produced once the month is over.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var digest = (await client.GenerateDigestAsync(new GenerateDigestRequest { Kind = DigestKind.Monthly, PeriodDay = "2026-06-15" }, admin)).Digest;
        var markdown = (await client.GetDigestAsync(new GetDigestRequest { Id = digest.Id, Format = DigestFormat.Markdown }, admin)).Content;
        Assert.Contains("双师课堂故事", markdown);
        Assert.DoesNotContain("患者隐私故事", markdown);
    }

    private static MarkTypicalCaseRequest Mark(Guid activity, string story, CaseConsent consent) => new()
    {
        RequestId = Guid.NewGuid().ToString(), ActivityId = activity.ToString(), Story = story, Innovation = "线上线下结合", Results = "惠及40名学生", Consent = consent,
    };

    private async Task<int> ActivitiesAsync(ReportingService.ReportingServiceClient client, Guid union)
    {
        try
        {
            return (await client.GetFiguresAsync(new GetFiguresRequest { UnionId = union.ToString(), PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" },
                host.BearerToken(PlatformRoles.ProvincialAdmin))).Figures.Activities;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return 0;
        }
    }
}

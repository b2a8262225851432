using System.Text.Json;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Messaging.Outbox;
using Volunteer.Reporting.Data;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Commendation from nomination to publication: a city union nominates its candidates, the province
/// decides and publishes, the awards leave through the outbox for roster and enter the campaign summary.
/// </summary>
public sealed class NominationWorkflowTests(TwoUnionHost host) : IClassFixture<TwoUnionHost>
{
    [Fact]
    public async Task Candidates_are_nominated_decided_published_and_listed_in_the_campaign_summary()
    {
        var world = await host.WorldAsync();
        var client = host.Client();
        var (volunteer, team) = await Served2025Async(world);
        var cityA = host.BearerToken(PlatformRoles.UnionAdmin, world.UnionA.ToString());
        var cityB = host.BearerToken(PlatformRoles.UnionAdmin, world.UnionB.ToString());
        var individual = new NominateForCommendationRequest
        {
            RequestId = "n-1", CampaignYear = 2025, Kind = CandidateKind.Individual, VolunteerId = volunteer.ToString(),
        };

        var person = (await client.NominateForCommendationAsync(individual, cityA)).Nomination;
        Assert.Equal((true, 1, 7d, "陈**", NominationStatus.Nominated),
            (person.FromCandidates, person.Figures.Rank, person.Figures.Hours, person.SubjectName, person.Status));
        Assert.Equal(person.Id, (await client.NominateForCommendationAsync(individual, cityA)).Nomination.Id);
        individual.RequestId = "n-2";
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists,
            () => client.NominateForCommendationAsync(individual, cityA).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.NominateForCommendationAsync(individual, cityB).ResponseAsync);
        var collective = (await client.NominateForCommendationAsync(new NominateForCommendationRequest
        {
            RequestId = "n-3", CampaignYear = 2025, Kind = CandidateKind.Team, TeamId = team.ToString(),
        }, cityA)).Nomination;
        var outsider = new NominateForCommendationRequest
        {
            RequestId = "n-4", CampaignYear = 2025, Kind = CandidateKind.Individual,
            VolunteerId = world.VolunteerA.ToString(),
        };
        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(
            () => client.NominateForCommendationAsync(outsider, cityA).ResponseAsync));
        outsider.Reason = "长期坚持送教下乡";
        var unlisted = (await client.NominateForCommendationAsync(outsider, cityA)).Nomination;
        Assert.False(unlisted.FromCandidates);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.DecideNominationAsync(
            new() { NominationId = person.Id, Decision = NominationDecision.Approve }, cityA).ResponseAsync);
        foreach (var approved in new[] { person.Id, collective.Id })
        {
            await client.DecideNominationAsync(
                new() { NominationId = approved, Decision = NominationDecision.Approve }, host.Province);
        }

        var rejected = (await client.DecideNominationAsync(new()
        {
            NominationId = unlisted.Id, Decision = NominationDecision.Reject, Reason = "年度内无服务记录",
        }, host.Province)).Nomination;
        Assert.Equal((NominationStatus.Rejected, "年度内无服务记录"), (rejected.Status, rejected.DecisionReason));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.WithdrawNominationAsync(
            new() { NominationId = person.Id }, cityA).ResponseAsync);

        var publish = new PublishCommendationsRequest { RequestId = "p-1", CampaignYear = 2025 };
        var publication = (await client.PublishCommendationsAsync(publish, host.Province)).Publication;
        Assert.Equal((1, 2), (publication.Version, publication.Nominations.Count));
        Assert.All(publication.Nominations,
            n => Assert.Equal((NominationStatus.Published, 1), (n.Status, n.PublicationVersion)));
        Assert.Equal(publication.Id, (await client.PublishCommendationsAsync(publish, host.Province)).Publication.Id);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.PublishCommendationsAsync(
            new() { RequestId = "p-2", CampaignYear = 2025 }, host.Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.PublishCommendationsAsync(
            new() { RequestId = "p-3", CampaignYear = 2025 }, cityA).ResponseAsync);

        var awards = await PublishedAwardsAsync();
        Assert.Equal([(false, volunteer), (true, team)], awards.Select(a => (a.Team, a.SubjectId)).Order());
        var listed = await client.ListNominationsAsync(
            new() { CampaignYear = 2025, Status = NominationStatus.Published }, cityA);
        Assert.Equal(2, listed.Nominations.Count);
        Assert.Empty((await client.ListNominationsAsync(new() { CampaignYear = 2025 }, cityB)).Nominations);

        var summary = (await client.GenerateDigestAsync(new()
        {
            Kind = DigestKind.CampaignSummary, UnionId = world.UnionA.ToString(), PeriodDay = "2025-06-01",
        }, host.Province)).Digest;
        var markdown = (await client.GetDigestAsync(
            new() { Id = summary.Id, Format = DigestFormat.Markdown }, cityA)).Content;
        Assert.Contains("## 表彰名单", markdown);
        Assert.Contains("2025年度职工志愿服务先进集体：广州科普分队（广州市教育工会）", markdown);
        Assert.Contains("2025年度职工志愿服务先进个人：陈", markdown);
    }

    /// <summary>A volunteer and a team of union A who served 7 hours in May 2025, once they are candidates.</summary>
    private async Task<(Guid Volunteer, Guid Team)> Served2025Async(TwoUnionWorld world)
    {
        var events = new CampaignEvents(host);
        var (volunteer, team, activity) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var day = new DateOnly(2025, 5, 10);
        await events.PublishAllAsync(
            new VolunteerRegistered(volunteer, world.UnionA, "陈晓燕", "female", "教师", [], [], false, CampaignEvents.At),
            new TeamFormed(team, world.UnionA, "广州科普分队", "science", CampaignEvents.At),
            events.Planned(activity, world.UnionA, "从化科普", "teaching", "designated", "education", day, day),
            CampaignEvents.Completed(activity, world.UnionA, 30, 0m),
            new ParticipantConfirmed(activity, volunteer, team, world.UnionA, CampaignEvents.At),
            new ActivityRecorded(activity, world.UnionA, [new RecordedService(volunteer, day, 7m)],
                new DateTimeOffset(2025, 5, 12, 2, 0, 0, TimeSpan.Zero)));
        foreach (var kind in new[] { CandidateKind.Individual, CandidateKind.Team })
        {
            await Eventually.GetAsync(() => host.Client().ListCommendationCandidatesAsync(new()
            {
                UnionId = world.UnionA.ToString(), CampaignYear = 2025, Kind = kind,
            }, host.Province).ResponseAsync, r => r.Candidates.Any(c => c.Hours == 7 && c.Beneficiaries == 30));
        }

        return (volunteer, team);
    }

    private async Task<IReadOnlyList<CommendedAward>> PublishedAwardsAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var payload = await db.Set<OutboxMessage>().Where(m => m.MessageType.Contains(nameof(CommendationsPublished)))
            .Select(m => m.Payload).SingleAsync();
        return JsonSerializer.Deserialize<CommendationsPublished>(payload, JsonSerializerOptions.Web)!.Awards;
    }
}

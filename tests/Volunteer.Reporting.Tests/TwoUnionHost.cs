using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>A reporting host holding one <see cref="TwoUnionWorld"/>, seeded once for its test class.</summary>
public sealed class TwoUnionHost : ReportingServiceHost
{
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private TwoUnionWorld? _world;

    public ReportingService.ReportingServiceClient Client() => new(CreateChannel());

    public Metadata Province => BearerToken(PlatformRoles.ProvincialAdmin);

    public async Task<TwoUnionWorld> WorldAsync()
    {
        await _seeding.WaitAsync();
        try
        {
            return _world ??= await SeedAsync();
        }
        finally
        {
            _seeding.Release();
        }
    }

    private async Task<TwoUnionWorld> SeedAsync()
    {
        await WaitUntilReadyAsync();
        var events = new CampaignEvents(this);
        var (a, b, va, vb, actA, actB) = (events.City1, events.City2, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (teamA, teamB) = (Guid.NewGuid(), Guid.NewGuid());
        var may10 = new DateOnly(2026, 5, 10);
        var recordedAt = new DateTimeOffset(2026, 5, 12, 2, 0, 0, TimeSpan.Zero);
        await events.PublishAllAsync(
            events.Union(events.Province, null, "广东省教科文卫工会", "provincial", 100, 1000),
            events.Union(a, events.Province, "广州市教育工会", "city-education", 30, 300),
            events.Union(b, events.Province, "韶关市教育工会", "city-education", 20, 200),
            new VolunteerRegistered(va, a, "李文静", "female", "教师", [], [], false, CampaignEvents.At),
            new VolunteerRegistered(vb, b, "王强", "male", "医生", [], [], false, CampaignEvents.At),
            events.Planned(actA, a, "连州送教", "teaching", "designated", "education", may10, may10),
            CampaignEvents.Completed(actA, a, 40, 0m),
            new ActivityRecorded(actA, a, [new RecordedService(va, may10, 6m)], recordedAt),
            events.Planned(actB, b, "乳源义诊", "medical", "designated", "health", may10, may10),
            CampaignEvents.Completed(actB, b, 60, 0m),
            new ActivityRecorded(actB, b, [new RecordedService(vb, may10, 5m)], recordedAt),
            new TeamFormed(teamA, a, "广州送教分队", "education", CampaignEvents.At),
            new TeamFormed(teamB, b, "韶关义诊分队", "medical", CampaignEvents.At));
        var client = Client();
        foreach (var volunteer in new[] { va, vb })
        {
            await Eventually.GetAsync(() => ServicesAsync(client, volunteer), n => n == 1);
        }

        await Eventually.GetAsync(() => UnionsKnownAsync(client, a, b), known => known);
        var digestA = await MayDigestAsync(client, a);
        var digestB = await MayDigestAsync(client, b);
        var correctionA = await CorrectionAsync(client, va);
        var correctionB = await CorrectionAsync(client, vb);
        var nominationA = await NominationAsync(client, teamA);
        var nominationB = await NominationAsync(client, teamB);
        return new TwoUnionWorld(events.Province, a, b, va, vb, actA, actB, digestA, digestB, correctionA, correctionB,
            teamA, teamB, nominationA, nominationB);
    }

    private async Task<int> ServicesAsync(ReportingService.ReportingServiceClient client, Guid volunteer)
    {
        try
        {
            var record = await client.GetServiceRecordAsync(new GetServiceRecordRequest { VolunteerId = volunteer.ToString() }, Province);
            return record.Record.Services.Count(s => s.PersonInCharge.Length > 0);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return 0;
        }
    }

    private async Task<bool> UnionsKnownAsync(ReportingService.ReportingServiceClient client, params Guid[] unions)
    {
        try
        {
            foreach (var union in unions)
            {
                await client.GetFiguresAsync(new GetFiguresRequest { UnionId = union.ToString() }, Province);
            }

            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task<string> MayDigestAsync(ReportingService.ReportingServiceClient client, Guid union) =>
        (await client.GenerateDigestAsync(new GenerateDigestRequest
        {
            Kind = DigestKind.Monthly, UnionId = union.ToString(), PeriodDay = "2026-05-15",
        }, Province)).Digest.Id;

    // The team has no service yet, so it is no candidate: the nomination gives a reason.
    private async Task<string> NominationAsync(ReportingService.ReportingServiceClient client, Guid team) =>
        (await Eventually.GetAsync(async () =>
        {
            try
            {
                return await client.NominateForCommendationAsync(new NominateForCommendationRequest
                {
                    RequestId = "world", Kind = CandidateKind.Team, TeamId = team.ToString(), Reason = "组建及时，服务规范",
                }, Province);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, nominated => nominated is not null))!.Nomination.Id;

    private async Task<string> CorrectionAsync(ReportingService.ReportingServiceClient client, Guid volunteer) =>
        (await client.RequestRecordCorrectionAsync(new RequestRecordCorrectionRequest
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = volunteer.ToString(), Reason = "5月10日服务时长有误",
        }, Province)).Correction.Id;
}

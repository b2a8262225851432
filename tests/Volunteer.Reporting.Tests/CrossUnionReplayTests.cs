using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// A request_id replayed by a caller of another union gets nothing of the first union's: request ids
/// are keyed by the volunteer or union the edge authorized, not looked up across the platform.
/// </summary>
public sealed class CrossUnionReplayTests(TwoUnionHost host) : IClassFixture<TwoUnionHost>
{
    [Fact]
    public async Task A_certificate_request_id_replayed_from_another_union_returns_none_of_the_first_unions_certificate()
    {
        var (world, client, adminA, adminB) = await CallersAsync();
        IssueCertificateRequest For(Guid volunteer) => new()
        {
            RequestId = "certificate-1", VolunteerId = volunteer.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-31",
        };

        var first = (await client.IssueCertificateAsync(For(world.VolunteerA), adminA)).Certificate;
        var other = (await client.IssueCertificateAsync(For(world.VolunteerB), adminB)).Certificate;

        Assert.NotEqual(first.Number, other.Number);
        Assert.Equal((world.VolunteerB.ToString(), "韶关市教育工会"), (other.VolunteerId, other.Issuer));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.IssueCertificateAsync(For(world.VolunteerA), adminB).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.IssueCertificateAsync(For(world.VolunteerA), VolunteerB(world)).ResponseAsync);
        Assert.Equal(first, (await client.IssueCertificateAsync(For(world.VolunteerA), adminA)).Certificate);
    }

    [Fact]
    public async Task A_correction_request_id_replayed_from_another_union_returns_none_of_the_first_unions_requests()
    {
        var (world, client, adminA, adminB) = await CallersAsync();
        RequestRecordCorrectionRequest For(Guid volunteer) => new()
        {
            RequestId = "correction-1", VolunteerId = volunteer.ToString(), Reason = "服务时长有误",
        };

        var first = (await client.RequestRecordCorrectionAsync(For(world.VolunteerA), adminA)).Correction;
        var other = (await client.RequestRecordCorrectionAsync(For(world.VolunteerB), VolunteerB(world))).Correction;

        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(world.VolunteerB.ToString(), other.VolunteerId);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RequestRecordCorrectionAsync(For(world.VolunteerA), adminB).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RequestRecordCorrectionAsync(For(world.VolunteerA), VolunteerB(world)).ResponseAsync);
        Assert.Equal(first, (await client.RequestRecordCorrectionAsync(For(world.VolunteerA), adminA)).Correction);
    }

    [Fact]
    public async Task A_typical_case_request_id_replayed_from_another_union_returns_none_of_the_first_unions_cases()
    {
        var (world, client, adminA, adminB) = await CallersAsync();
        MarkTypicalCaseRequest For(Guid activity) => new()
        {
            RequestId = "case-1", ActivityId = activity.ToString(), Story = "送教故事", Innovation = "双师课堂", Results = "四十名学生受益",
        };

        var first = (await client.MarkTypicalCaseAsync(For(world.ActivityA), adminA)).Case;
        var other = (await client.MarkTypicalCaseAsync(For(world.ActivityB), adminB)).Case;

        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal((world.ActivityB.ToString(), world.UnionB.ToString()), (other.ActivityId, other.UnionId));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.MarkTypicalCaseAsync(For(world.ActivityA), adminB).ResponseAsync);
        Assert.Equal(first, (await client.MarkTypicalCaseAsync(For(world.ActivityA), adminA)).Case);
    }

    [Fact]
    public async Task A_nomination_request_id_replayed_from_another_union_returns_none_of_the_first_unions_nominations()
    {
        var (world, client, adminA, adminB) = await CallersAsync();
        NominateForCommendationRequest For(Guid volunteer) => new()
        {
            RequestId = "nomination-1", CampaignYear = 2025, Kind = CandidateKind.Individual,
            VolunteerId = volunteer.ToString(), Reason = "长期坚持送教下乡",
        };

        var first = (await client.NominateForCommendationAsync(For(world.VolunteerA), adminA)).Nomination;
        var other = (await client.NominateForCommendationAsync(For(world.VolunteerB), adminB)).Nomination;

        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal((world.VolunteerB.ToString(), world.UnionB.ToString()), (other.SubjectId, other.UnionId));
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.NominateForCommendationAsync(For(world.VolunteerA), adminB).ResponseAsync);
        var replayed = (await client.NominateForCommendationAsync(For(world.VolunteerA), adminA)).Nomination;
        Assert.Equal(first.Id, replayed.Id);
    }

    [Fact]
    public async Task Simultaneous_retries_of_one_request_id_all_return_the_one_record_they_made()
    {
        var (world, client, adminA, _) = await CallersAsync();
        var request = new IssueCertificateRequest
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = world.VolunteerA.ToString(), PeriodStart = "2026-05-01", PeriodEnd = "2026-05-20",
        };

        var issued = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await client.IssueCertificateAsync(request, adminA)).Certificate));

        Assert.Single(issued.Select(c => c.Number).Distinct());
    }

    private Metadata VolunteerB(TwoUnionWorld world) =>
        host.BearerToken(PlatformRoles.Volunteer, world.UnionB.ToString(), world.VolunteerB.ToString());

    private async Task<(TwoUnionWorld, ReportingService.ReportingServiceClient, Metadata, Metadata)> CallersAsync()
    {
        var world = await host.WorldAsync();
        return (world, host.Client(), host.BearerToken(PlatformRoles.UnionAdmin, world.UnionA.ToString()),
            host.BearerToken(PlatformRoles.UnionAdmin, world.UnionB.ToString()));
    }
}

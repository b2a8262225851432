using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// GenerateDigest follows the schedule's rule: a union registered on the fake clock's 15 June 2026 has no
/// digest of the week before, unless activities of its were entered for that week.
/// </summary>
public sealed class DigestOnDemandBeginningTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_period_before_the_union_existed_is_refused_until_an_activity_is_entered_for_it()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        await events.PublishAllAsync(
            new UnionRegistered(events.Province, null, "广东省教科文卫工会", "provincial", "440000", 100, 1000,
                ReportingServiceHost.Start),
            new UnionRegistered(events.City1, events.Province, "清远市教育工会", "city-education", "441800", 10, 100,
                ReportingServiceHost.Start));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var admin = host.BearerToken(PlatformRoles.ProvincialAdmin);
        var lastWeek = new GenerateDigestRequest
        {
            Kind = DigestKind.Weekly, UnionId = events.City1.ToString(), PeriodDay = "2026-06-03",
        };

        var refused = await Eventually.GetAsync(() => OutcomeAsync(client.GenerateDigestAsync(lastWeek, admin)),
            outcome => outcome.Code == StatusCode.FailedPrecondition);
        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City1, "补录：清远送教", "teaching",
            "designated", "education", new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 5)));
        var backfilled = await Eventually.GetAsync(() => OutcomeAsync(client.GenerateDigestAsync(lastWeek, admin)),
            outcome => outcome.Code == StatusCode.OK);

        var status = refused.Error!.GetRpcStatus()!;
        Assert.Equal("PERIOD_BEFORE_UNION", status.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("PERIOD_BEFORE_UNION", status.GetDetail<PreconditionFailure>().Violations[0].Type);
        Assert.Contains("2026-06-15", status.Message);
        Assert.Equal(("2026-06-01", 1), (backfilled.Value!.Digest.PeriodStart, backfilled.Value.Digest.Version));
    }

    private static async Task<(StatusCode Code, GenerateDigestResponse? Value, RpcException? Error)> OutcomeAsync(
        AsyncUnaryCall<GenerateDigestResponse> call)
    {
        try
        {
            return (StatusCode.OK, await call, null);
        }
        catch (RpcException e)
        {
            return (e.StatusCode, null, e);
        }
    }
}

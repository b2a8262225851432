using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>Anonymous verification is limited per client and digest generation per caller: a burst is RESOURCE_EXHAUSTED.</summary>
public sealed class RateLimitTests(RateLimitedReportingHost host) : IClassFixture<RateLimitedReportingHost>
{
    [Fact]
    public async Task Certificate_verification_beyond_the_limit_is_resource_exhausted()
    {
        await host.WaitUntilReadyAsync();
        var anonymous = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var verify = new VerifyCertificateRequest { Code = "ZM2026-UNKNOWN0" };

        var codes = new List<StatusCode>();
        for (var i = 0; i < RateLimitedReportingHost.PermitLimit + 2; i++)
        {
            codes.Add((await Assert.ThrowsAsync<RpcException>(() => anonymous.VerifyCertificateAsync(verify).ResponseAsync)).StatusCode);
        }

        // Within the limit a call is answered (an unknown code is NOT_FOUND); beyond it, refused before it runs.
        Assert.Equal([.. Enumerable.Repeat(StatusCode.NotFound, RateLimitedReportingHost.PermitLimit),
            StatusCode.ResourceExhausted, StatusCode.ResourceExhausted], codes);
    }

    [Fact]
    public async Task Digest_generation_beyond_the_limit_is_resource_exhausted_for_that_caller_only()
    {
        await host.WaitUntilReadyAsync();
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var generate = new GenerateDigestRequest { Kind = DigestKind.Monthly, PeriodDay = "2026-05-15" };
        var busy = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "busy-admin");

        for (var i = 0; i < RateLimitedReportingHost.PermitLimit; i++)
        {
            await client.GenerateDigestAsync(generate, busy);
        }

        var refused = await RpcAssert.FailsAsync(
            StatusCode.ResourceExhausted, () => client.GenerateDigestAsync(generate, busy).ResponseAsync);
        ChineseText.AssertReadable(refused.Status.Detail, "The rate limit's message");
        Assert.False((await client.GenerateDigestAsync(generate, host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "other-admin"))).Created);
    }
}

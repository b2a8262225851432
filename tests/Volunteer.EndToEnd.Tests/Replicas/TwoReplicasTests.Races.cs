using Aspire.Hosting.ApplicationModel;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.Testing;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>What both replicas would do at once: produce a digest, announce an expiring policy.</summary>
public sealed partial class TwoReplicasTests
{
    private const int Callers = 6;

    [Fact]
    public async Task A_digest_asked_of_both_reporting_replicas_at_once_is_produced_and_published_once()
    {
        // Each caller on a connection of its own: the proxy in front of the replicas spreads connections.
        var answers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async caller =>
        {
            using var channel = platform.CreateChannel("reporting");
            return await new ReportingService.ReportingServiceClient(channel).GenerateDigestAsync(
                new GenerateDigestRequest { Kind = DigestKind.Weekly, PeriodDay = "2018-06-13" },
                platform.BearerToken(PlatformRoles.ProvincialAdmin, subject: $"admin-province-{caller}"));
        }));

        Assert.Single(answers.Select(answer => answer.Digest.Id).Distinct());
        Assert.Single(answers, answer => answer.Created);
        Assert.Equal(0, await Databases.CountAsync("reportingdb",
            "select count(*) from (select 1 from digests group by kind, scope_key, period_start "
            + "having count(*) > 1) twice"));
        Assert.Equal(await Databases.CountAsync("reportingdb", "select count(*) from digests"),
            await Databases.CountAsync("reportingdb", "select count(*) from outbox_messages where message_type like $1",
                "Volunteer.Contracts.Events.DigestPublished,%"));
        var instances = await Eventually.GetAsync(
            () => Task.FromResult(platform.Traces.ServerSpansOf("reporting")
                .Where(span => span.Name.Contains("GenerateDigest")).Select(span => span.Instance).Distinct().Count()),
            count => count == platform.Replicas, TimeSpan.FromSeconds(15));
        Assert.Equal(platform.Replicas, instances);
    }

    [Fact]
    public async Task A_policy_about_to_expire_is_announced_once_when_both_safety_replicas_check_at_once()
    {
        var admin = platform.BearerToken(PlatformRoles.ProvincialAdmin, subject: "admin-province");
        using var rosterChannel = platform.CreateChannel("roster");
        var province = (await new RosterService.RosterServiceClient(rosterChannel)
            .ListUnionsAsync(new ListUnionsRequest { PageSize = 100 }, admin))
            .Unions.Single(u => u.Kind == UnionKind.Provincial);
        var policyId = await RegisterPolicyEndingSoonAsync(province.Id, admin);

        // Each replica checks at start: restarted together, they race for the one notice.
        var replicas = await ReplicaProcesses.WaitHealthyAsync(
            platform.App, "safety", platform.Replicas, CancellationToken.None);
        await Task.WhenAll(replicas.Select(replica => platform.App.ResourceCommands.ExecuteCommandAsync(
            replica.ResourceId, KnownResourceCommands.RestartCommand)));
        using var restart = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await ReplicaProcesses.WaitHealthyAsync(platform.App, "safety", platform.Replicas, restart.Token);

        var notices = await Wait.UntilAsync("safety to announce the policy", () => Databases.CountAsync("safetydb",
            "select count(*) from policy_expiry_notices where policy_id = $1", policyId), count => count > 0);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, notices);
        Assert.Equal(1, await Databases.CountAsync("safetydb",
            "select count(*) from policy_expiry_notices where policy_id = $1", policyId));
        Assert.Equal(1, await Databases.CountAsync("safetydb",
            "select count(*) from outbox_messages where message_type like $1 and payload->>'policyId' = $2",
            "Volunteer.Contracts.Events.PolicyExpiring,%", policyId.ToString()));
    }

    private async Task<Guid> RegisterPolicyEndingSoonAsync(string unionId, Metadata admin)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var channel = platform.CreateChannel("safety");
        var policy = (await new SafetyService.SafetyServiceClient(channel).RegisterPolicyAsync(new RegisterPolicyRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Policy = new()
            {
                HolderUnionId = unionId, Insurer = "中国人寿广州分公司",
                PolicyNumber = $"GZ-RPL-{Guid.NewGuid():N}"[..24],
                Product = "志愿者团体意外险",
                Limits = new()
                {
                    DeathDisability = "200000", Medical = "20000", MedicalDeductible = "100", ThirdPartyLiability = "0",
                },
                CoversFrom = today.AddDays(-30).ToString("yyyy-MM-dd"),
                CoversTo = today.AddDays(5).ToString("yyyy-MM-dd"),
                Territory = "中国境内", TravelCovered = true,
            },
        }, admin)).Policy;
        return Guid.Parse(policy.Id);
    }
}

using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>Each union with teams buys a group accident policy for its volunteers covering the 2018 campaign, travel included.</summary>
public sealed class PolicySeeding(SafetyService.SafetyServiceClient safety, CallerTokens tokens, SeedingRun run, ILogger<PolicySeeding> logger)
{
    private static readonly string[] Insurers =
        ["中国人民财产保险股份有限公司广东省分公司", "中国平安财产保险股份有限公司广东分公司", "中国太平洋财产保险股份有限公司广东分公司"];

    public async Task SeedAsync(DemoPlan plan, SeededCampaign seeded, CancellationToken cancellationToken)
    {
        var holders = plan.Roster.Teams.Select(t => t.UnionKey).Distinct().ToList();
        await run.EachAsync(holders.Select((key, index) => (key, index)), async (holder, token) =>
        {
            var registered = await Patience.RetryAsync(() => safety.RegisterPolicyAsync(new RegisterPolicyRequest
            {
                RequestId = run.RequestId($"{holder.key}-policy"),
                Policy = new Policy
                {
                    HolderUnionId = seeded.Roster.Unions[holder.key],
                    Insurer = Insurers[holder.index % Insurers.Length],
                    PolicyNumber = $"PGD{run.Seed}2018{holder.index:D5}",
                    Product = "志愿者团体意外伤害保险",
                    Limits = new PolicyLimits { DeathDisability = "200000", Medical = "20000", MedicalDeductible = "100", ThirdPartyLiability = "0" },
                    CoversFrom = "2018-04-01",
                    CoversTo = "2018-10-31",
                    Territory = "中国境内",
                    TravelCovered = true,
                },
            }, tokens.Province, cancellationToken: token).ResponseAsync, token, Grpc.Core.StatusCode.NotFound, Grpc.Core.StatusCode.PermissionDenied);
            seeded.Policies[holder.key] = registered.Policy.Id;
        }, cancellationToken);
        logger.LogInformation("Policies ready: {Count}", seeded.Policies.Count);
    }
}

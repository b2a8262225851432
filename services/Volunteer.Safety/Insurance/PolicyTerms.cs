using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>The terms of a policy a holder may change, by Policy's proto path, and the rules across them.</summary>
public static class PolicyTerms
{
    private static readonly Dictionary<string, (Func<Policy, object> Get, Action<Policy, Policy> Copy)> Fields = new()
    {
        ["insurer"] = (p => p.Insurer, (from, to) => to.Insurer = from.Insurer),
        ["policy_number"] = (p => p.PolicyNumber, (from, to) => to.PolicyNumber = from.PolicyNumber),
        ["product"] = (p => p.Product, (from, to) => to.Product = from.Product),
        ["limits"] = (
            p => (p.DeathDisabilityLimit, p.MedicalLimit, p.MedicalDeductible, p.ThirdPartyLiabilityLimit),
            (from, to) =>
            {
                to.DeathDisabilityLimit = from.DeathDisabilityLimit;
                to.MedicalLimit = from.MedicalLimit;
                to.MedicalDeductible = from.MedicalDeductible;
                to.ThirdPartyLiabilityLimit = from.ThirdPartyLiabilityLimit;
            }),
        ["covers_from"] = (p => p.CoversFrom, (from, to) => to.CoversFrom = from.CoversFrom),
        ["covers_to"] = (p => p.CoversTo, (from, to) => to.CoversTo = from.CoversTo),
        ["territory"] = (p => p.Territory, (from, to) => to.Territory = from.Territory),
        ["travel_covered"] = (p => p.TravelCovered, (from, to) => to.TravelCovered = from.TravelCovered),
    };

    /// <summary>Every path a holder may change.</summary>
    public static IReadOnlyCollection<string> Paths => Fields.Keys;

    /// <summary>The paths whose value in <paramref name="values"/> differs from the policy's, in path order.</summary>
    public static string[] Changed(Policy policy, Policy values, IEnumerable<string> paths) =>
        [.. paths.Where(path => !Equals(Fields[path].Get(policy), Fields[path].Get(values))).Order()];

    public static void Copy(Policy values, Policy target, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            Fields[path].Copy(values, target);
        }
    }

    /// <summary>A policy's period: not backwards, and shorter than a policy may run.</summary>
    public static void CheckPeriod(Policy policy, FieldViolations violations)
    {
        if (policy.CoversTo < policy.CoversFrom)
        {
            violations.Add("policy.covers_to", FieldTexts.NotBefore("covers_from"));
        }
        else if (policy.CoversTo >= policy.CoversFrom.AddYears(CoverDays.MaxPolicyYears))
        {
            violations.Add("policy.covers_to", $"须在covers_from之后{CoverDays.MaxPolicyYears}年之内");
        }
    }

    /// <summary>A number changed to one the insurer gave another policy is refused (ALREADY_EXISTS).</summary>
    public static async Task CheckNumberFreeAsync(
        SafetyDbContext db, Policy policy, CancellationToken cancellationToken)
    {
        if (await db.Policies.AnyAsync(p => p.Id != policy.Id && p.Insurer == policy.Insurer
                && p.PolicyNumber == policy.PolicyNumber, cancellationToken))
        {
            throw new AlreadyExistsException(PolicyRegistry.ResourceType, $"{policy.Insurer}/{policy.PolicyNumber}",
                "该保险公司已有相同保单号的另一张保单。");
        }
    }
}

using Volunteer.Safety.Insurance;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>Reads policy requests, naming every bad field, so nothing half-valid is stored or looked for.</summary>
public static class PolicyValidation
{
    /// <summary>The policy to register, not yet stored (no id, no registration time).</summary>
    public static Policy Register(Proto.RegisterPolicyRequest request)
    {
        var given = request.Policy ?? new Proto.Policy();
        var violations = new FieldViolations();
        var holder = violations.Id(given.HolderUnionId, "policy.holder_union_id");
        var limits = given.Limits ?? new Proto.PolicyLimits();
        var from = CoverDays.Read(given.CoversFrom, "policy.covers_from", violations);
        var to = CoverDays.Read(given.CoversTo, "policy.covers_to", violations);
        if (from is { } start && to is { } end && end < start)
        {
            violations.Add("policy.covers_to", "must not be before covers_from");
        }
        else if (from is { } first && to is { } last && last >= first.AddYears(CoverDays.MaxPolicyYears))
        {
            violations.Add("policy.covers_to", $"must be less than {CoverDays.MaxPolicyYears} years after covers_from");
        }

        var policy = new Policy
        {
            HolderUnionId = holder ?? Guid.Empty,
            Insurer = FieldRules.Text(given.Insurer, 100, "policy.insurer", violations),
            PolicyNumber = FieldRules.Text(given.PolicyNumber, 60, "policy.policy_number", violations),
            Product = FieldRules.Text(given.Product, 100, "policy.product", violations),
            DeathDisabilityLimit = Amount(limits.DeathDisability, "death_disability", violations),
            MedicalLimit = Amount(limits.Medical, "medical", violations),
            MedicalDeductible = Amount(limits.MedicalDeductible, "medical_deductible", violations),
            ThirdPartyLiabilityLimit = Amount(limits.ThirdPartyLiability, "third_party_liability", violations),
            CoversFrom = from ?? default,
            CoversTo = to ?? default,
            Territory = FieldRules.Text(given.Territory, 100, "policy.territory", violations),
            TravelCovered = given.TravelCovered,
            RequestId = FieldRules.Text(request.RequestId, 100, "request_id", violations, required: false)
                is { Length: > 0 } id ? id : null,
        };
        violations.ThrowIfAny();
        return policy;
    }

    public static PolicyQuery List(Proto.ListPoliciesRequest request)
    {
        var violations = new FieldViolations();
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var day = CoverDays.Read(request.CoveringDay, "covering_day", violations, required: false);
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return new PolicyQuery(subtree, day, page);
    }

    /// <summary>The policy whose insured people are listed, and which page of them.</summary>
    public static (Guid PolicyId, IdPage Page) ListInsured(Proto.ListInsuredPersonsRequest request)
    {
        var violations = new FieldViolations();
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        var policyId = violations.Id(request.PolicyId, "policy_id");
        violations.ThrowIfAny();
        return (policyId!.Value, page);
    }

    // The shared rule bounds amounts below a trillion yuan, within the column's precision.
    private static decimal Amount(string value, string item, FieldViolations violations) =>
        FieldRules.Decimal(value, $"policy.limits.{item}", violations, allowEmpty: true);
}

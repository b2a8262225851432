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
        var policy = new Policy
        {
            HolderUnionId = holder ?? Guid.Empty,
            Insurer = "",
            PolicyNumber = "",
            Product = "",
            Territory = "",
            RequestId = FieldRules.Text(request.RequestId, 100, "request_id", violations, required: false)
                is { Length: > 0 } id ? id : null,
        };
        PolicyTermsReader.Read(given, PolicyTerms.Paths.ToHashSet(), policy, violations);
        // A period is checked only when both of its days could be read.
        if (!violations.Items.Any(v => v.Field.StartsWith("policy.covers_", StringComparison.Ordinal)))
        {
            PolicyTerms.CheckPeriod(policy, violations);
        }

        violations.ThrowIfAny();
        return policy;
    }

    /// <summary>
    /// The changes to a policy: the fields of the mask (required: a policy is never rewritten whole by
    /// accident), each held to the rule it was registered under; the period is checked once merged.
    /// </summary>
    public static PolicyChanges Update(Proto.UpdatePolicyRequest request)
    {
        var given = request.Policy ?? new Proto.Policy();
        var violations = new FieldViolations();
        var id = violations.Id(given.Id, "policy.id");
        var paths = UpdateMasks.Paths(request.UpdateMask, PolicyTerms.Paths, [], violations);
        if (request.UpdateMask is null || request.UpdateMask.Paths.Count == 0)
        {
            violations.Add("update_mask", "必填：请列出要修改的字段，例如 covers_to");
        }

        if (request.ExpectedRevision < 0)
        {
            violations.Add("expected_revision", "不能为负数；0 表示不核对版本");
        }

        var values = new Policy { Insurer = "", PolicyNumber = "", Product = "", Territory = "" };
        PolicyTermsReader.Read(given, paths, values, violations);
        violations.ThrowIfAny();
        return new PolicyChanges(id!.Value, request.ExpectedRevision, paths, values);
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
}

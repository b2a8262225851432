using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Audit;
using Volunteer.ServiceDefaults.Grpc;
using ProtoKind = Volunteer.Contracts.Identity.V1.AuditKind;

namespace Volunteer.Identity.Grpc;

public static class AuditValidation
{
    public static AuditQuery List(ListAuditEntriesRequest request)
    {
        var violations = new FieldViolations();
        var account = violations.Id(request.AccountId, "account_id", required: false);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        if (request.Kind != ProtoKind.Unspecified && !FieldRules.IsDefined<ProtoKind>((int)request.Kind))
        {
            violations.Add("kind", "不是有效的审计类型");
        }

        var from = TimestampRules.Instant(request.FromTime, "from_time", violations);
        var to = TimestampRules.Instant(request.ToTime, "to_time", violations);
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return new AuditQuery(account, subtree,
            request.Kind == ProtoKind.Unspecified ? null : (Audit.AuditKind)(int)request.Kind, from, to, page);
    }
}

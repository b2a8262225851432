using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the site requests, reporting every bad field at once.</summary>
internal static class SiteValidation
{
    public static NewSite ParseNew(Proto.RegisterSiteRequest request)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        FieldRules.RequireText(request.Name, 100, "name", violations);
        var kind = EnumField.Required<SiteKind>((int)request.Kind, "kind", violations);
        FieldRules.RegionCode(request.RegionCode, "region_code", violations);
        var mode = EnumField.Required<AssistanceMode>((int)request.Mode, "mode", violations);
        FieldRules.OptionalText(request.Contact?.Name ?? "", 50, "contact.name", violations);
        FieldRules.OptionalText(request.Contact?.Phone ?? "", 30, "contact.phone", violations);
        violations.ThrowIfAny();
        return new NewSite(request.RequestId.Length > 0 ? request.RequestId : null, unionId!.Value,
            request.Name.Trim(), kind, request.RegionCode, mode, FieldRules.Trimmed(request.Contact?.Name),
            FieldRules.Trimmed(request.Contact?.Phone));
    }

    /// <summary>The page and the union subtree to list (null: all the caller sees).</summary>
    public static (IdPage Paging, Guid? SubtreeOf) ParseList(Proto.ListSitesRequest request)
    {
        var violations = new FieldViolations();
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        violations.ThrowIfAny();
        return (paging, subtree);
    }
}

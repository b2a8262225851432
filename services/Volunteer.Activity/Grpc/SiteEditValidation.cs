using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>
/// Reads a site update: the masked values replace the stored ones, checked as RegisterSite checks them.
/// </summary>
internal static class SiteEditValidation
{
    private static readonly Dictionary<string, Action<Proto.RegisterSiteRequest, Proto.SiteChanges>> Replace = new()
    {
        ["name"] = (site, changes) => site.Name = changes.Name,
        ["kind"] = (site, changes) => site.Kind = changes.Kind,
        ["region_code"] = (site, changes) => site.RegionCode = changes.RegionCode,
        ["mode"] = (site, changes) => site.Mode = changes.Mode,
        ["contact"] = (site, changes) => site.Contact = changes.Contact,
    };

    public static ThingEdit<Site, NewSite> Parse(Proto.UpdateSiteRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        var paths = UpdateMask.Paths(request.UpdateMask, Replace.Keys, violations);
        FieldRules.OptionalText(request.Etag, 20, "etag", violations);
        violations.ThrowIfAny();
        var changes = request.Site ?? new Proto.SiteChanges();
        return new ThingEdit<Site, NewSite>(id!.Value, FieldRules.Trimmed(request.Etag), current =>
        {
            var merged = new Proto.RegisterSiteRequest
            {
                UnionId = current.UnionId.ToString(), Name = current.Name, Kind = (Proto.SiteKind)current.Kind,
                RegionCode = current.RegionCode, Mode = (Proto.AssistanceMode)current.Mode,
                Contact = new Proto.SiteContact
                {
                    Name = current.ContactName ?? "", Phone = current.ContactPhone ?? "",
                },
            };
            foreach (var path in paths)
            {
                Replace[path](merged, changes);
            }

            return UpdateMask.Within("site", () => SiteValidation.ParseNew(merged));
        });
    }
}

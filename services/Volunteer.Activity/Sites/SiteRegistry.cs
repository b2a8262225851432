using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.Activity.Grpc;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Proto = Volunteer.Contracts.Activity.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>Registers assistance sites and lists those in the caller's union subtree.</summary>
public sealed class SiteRegistry(ActivityDbContext db, KnownUnions unions, TimeProvider timeProvider)
{
    public async Task<Site> RegisterAsync(Proto.RegisterSiteRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        FieldRules.RequireText(request.Name, 100, "name", violations);
        EnumField.Required<SiteKind>((int)request.Kind, "kind", violations);
        FieldRules.RegionCode(request.RegionCode, "region_code", violations);
        EnumField.Required<AssistanceMode>((int)request.Mode, "mode", violations);
        FieldRules.OptionalText(request.Contact?.Name ?? "", 50, "contact.name", violations);
        FieldRules.OptionalText(request.Contact?.Phone ?? "", 30, "contact.phone", violations);
        violations.ThrowIfAny();
        // The edge admitted the caller to the union: a repeat is looked for within it only.
        if (request.RequestId.Length > 0
            && await db.Sites.FirstOrDefaultAsync(s => s.UnionId == unionId && s.RequestId == request.RequestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        _ = await unions.FindAsync(unionId!.Value, cancellationToken) ?? throw new NotFoundException(ResourceTypes.Union, request.UnionId);
        var site = new Site
        {
            Id = Guid.CreateVersion7(),
            UnionId = unionId.Value,
            Name = request.Name.Trim(),
            Kind = (SiteKind)request.Kind,
            RegionCode = request.RegionCode,
            Mode = (AssistanceMode)request.Mode,
            ContactName = FieldRules.Trimmed(request.Contact?.Name),
            ContactPhone = FieldRules.Trimmed(request.Contact?.Phone),
            RequestId = request.RequestId.Length > 0 ? request.RequestId : null,
            RegisteredAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Sites.Add(site);
        db.AddIntegrationEvent(new SiteRegistered(site.Id, site.UnionId, site.Name, EventNames.Of(site.Kind), site.RegionCode,
            EventNames.Of(site.Mode), site.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return site;
    }

    public async Task<(List<Site> Page, string NextPageToken)> ListAsync(Proto.ListSitesRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var paging = ActivityBounds.Page(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        violations.ThrowIfAny();
        var visible = await unions.VisibleAsync(caller, subtree, cancellationToken);
        var sites = db.Sites.AsNoTracking().Where(s => visible == null || visible.Contains(s.UnionId));
        if (paging.After is { } after)
        {
            sites = sites.Where(s => s.Id.CompareTo(after) > 0);
        }

        return paging.Cut(await sites.OrderBy(s => s.Id).Take(paging.Size + 1).ToListAsync(cancellationToken), s => s.Id);
    }
}

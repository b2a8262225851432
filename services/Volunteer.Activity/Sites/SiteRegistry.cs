using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>Registers assistance sites and lists those in the caller's union subtree.</summary>
public sealed class SiteRegistry(ActivityDbContext db, KnownUnions unions, TimeProvider timeProvider)
{
    public async Task<Site> RegisterAsync(NewSite request, CancellationToken cancellationToken)
    {
        // The edge admitted the caller to the union: a repeat is looked for within it only.
        if (request.RequestId is { } requestId
            && await db.Sites.FirstOrDefaultAsync(
                s => s.UnionId == request.UnionId && s.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        _ = await unions.FindAsync(request.UnionId, cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.Union, request.UnionId.ToString());
        var site = new Site
        {
            Id = Guid.CreateVersion7(),
            UnionId = request.UnionId,
            Name = request.Name,
            Kind = request.Kind,
            RegionCode = request.RegionCode,
            Mode = request.Mode,
            ContactName = request.ContactName,
            ContactPhone = request.ContactPhone,
            RequestId = request.RequestId,
            RegisteredAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Sites.Add(site);
        db.AddIntegrationEvent(new SiteRegistered(site.Id, site.UnionId, site.Name, EventNames.Of(site.Kind),
            site.RegionCode, EventNames.Of(site.Mode), site.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return site;
    }

    /// <summary>The sites of the caller's unions, or of the subtree they asked for (which the edge checked).</summary>
    public async Task<(List<Site> Page, string NextPageToken)> ListAsync(
        IdPage paging, Guid? subtreeOf, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var visible = await unions.VisibleAsync(caller, subtreeOf, cancellationToken);
        var sites = db.Sites.AsNoTracking().Where(s => visible == null || visible.Contains(s.UnionId));
        if (paging.After is { } after)
        {
            sites = sites.Where(s => s.Id.CompareTo(after) > 0);
        }

        return paging.Cut(
            await sites.OrderBy(s => s.Id).Take(paging.Size + 1).ToListAsync(cancellationToken), s => s.Id);
    }
}

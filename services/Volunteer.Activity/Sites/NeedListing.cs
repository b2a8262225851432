using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Sites;

/// <summary>The needs union staff work through: those awaiting verification, those awaiting a team.</summary>
public sealed class NeedListing(ActivityDbContext db, KnownUnions unions)
{
    public async Task<(List<Need> Page, string NextPageToken)> ListAsync(
        NeedFilter filter, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var visible = await unions.VisibleAsync(caller, filter.SubtreeOf, cancellationToken);
        var needs = db.Needs.AsNoTracking().Where(n => visible == null || visible.Contains(n.UnionId));
        if (filter.SiteId is { } site)
        {
            needs = needs.Where(n => n.SiteId == site);
        }

        if (filter.Status is { } status)
        {
            needs = needs.Where(n => n.Status == status);
        }

        var paging = filter.Paging;
        if (paging.After is { } after)
        {
            needs = needs.Where(n => n.Id.CompareTo(after) > 0);
        }

        return paging.Cut(
            await needs.OrderBy(n => n.Id).Take(paging.Size + 1).ToListAsync(cancellationToken), n => n.Id);
    }
}

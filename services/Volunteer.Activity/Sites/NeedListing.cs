using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Sites;

/// <summary>The needs union staff work through: those awaiting verification, those awaiting a team.</summary>
public sealed class NeedListing(ActivityDbContext db, KnownUnions unions)
{
    public async Task<(List<Need> Page, string NextPageToken)> ListAsync(Proto.ListNeedsRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var paging = ActivityBounds.Page(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        violations.ThrowIfAny();
        var visible = await unions.VisibleAsync(caller, subtree, cancellationToken);
        var needs = db.Needs.AsNoTracking().Where(n => visible == null || visible.Contains(n.UnionId));
        if (siteId is { } site)
        {
            needs = needs.Where(n => n.SiteId == site);
        }

        if (request.Status != Proto.NeedStatus.Unspecified)
        {
            needs = needs.Where(n => n.Status == (NeedStatus)request.Status);
        }

        if (paging.After is { } after)
        {
            needs = needs.Where(n => n.Id.CompareTo(after) > 0);
        }

        return paging.Cut(await needs.OrderBy(n => n.Id).Take(paging.Size + 1).ToListAsync(cancellationToken), n => n.Id);
    }
}

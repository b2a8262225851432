using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>Pages through unions by (region code, id), all of them or one subtree (a path prefix on an index).</summary>
public sealed class UnionListing(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Union> Page, string NextPageToken)> ListAsync(
        UnionListQuery query, CancellationToken cancellationToken)
    {
        var unions = db.Unions.AsNoTracking();
        if (query.SubtreeOf is { } rootId)
        {
            var path = await unions.Where(u => u.Id == rootId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("volunteer.roster.v1.Union", rootId.ToString());
            unions = unions.Where(u => u.Path.StartsWith(path));
        }

        if (query.AfterRegionCode is { } afterRegion)
        {
            var afterId = query.AfterId;
            unions = unions.Where(u => u.RegionCode.CompareTo(afterRegion) > 0 || (u.RegionCode == afterRegion && u.Id.CompareTo(afterId) > 0));
        }

        var page = await unions.OrderBy(u => u.RegionCode).ThenBy(u => u.Id).Take(query.PageSize + 1)
            .ToListAsync(cancellationToken);
        if (page.Count <= query.PageSize)
        {
            return (page, "");
        }

        page.RemoveAt(query.PageSize);
        var last = page[^1];
        return (page, PageToken.Encode(last.RegionCode, last.Id.ToString()));
    }
}

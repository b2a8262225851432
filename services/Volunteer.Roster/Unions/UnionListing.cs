using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>Pages through unions by (region code, id), all of them or one subtree (a path prefix on an index).</summary>
public sealed class UnionListing(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Union> Page, string NextPageToken)> ListAsync(Proto.ListUnionsRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var pageSize = PageToken.PageSize(request.PageSize, violations);
        FieldRules.OptionalText(request.PageToken, UnionScopedPage.PageTokenMaxLength, "page_token", violations);
        var after = PageToken.Decode(request.PageToken, keyParts: 2, violations);
        var subtreeOf = violations.Id(request.SubtreeOf, "subtree_of", required: false);

        Guid afterId = default;
        if (after is not null && !Guid.TryParse(after[1], out afterId))
        {
            violations.Add("page_token", "is not a token this list returned; start again without one");
        }

        violations.ThrowIfAny();
        var unions = db.Unions.AsNoTracking();
        if (subtreeOf is { } rootId)
        {
            var path = await unions.Where(u => u.Id == rootId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("volunteer.roster.v1.Union", rootId.ToString());
            unions = unions.Where(u => u.Path.StartsWith(path));
        }

        if (after is not null)
        {
            var afterRegion = after[0];
            unions = unions.Where(u => u.RegionCode.CompareTo(afterRegion) > 0 || (u.RegionCode == afterRegion && u.Id.CompareTo(afterId) > 0));
        }

        var page = await unions.OrderBy(u => u.RegionCode).ThenBy(u => u.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= pageSize)
        {
            return (page, "");
        }

        page.RemoveAt(pageSize);
        var last = page[^1];
        return (page, PageToken.Encode(last.RegionCode, last.Id.ToString()));
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Unions;

/// <summary>
/// What roster lists of union-owned things share: the caller's scope (a union admin sees only their
/// subtree), an optional subtree filter, and keyset pages by time-ordered id.
/// </summary>
public sealed class UnionScopedPage
{
    private readonly int _pageSize;
    private readonly Guid? _after;
    private readonly Guid? _subtreeOf;

    private UnionScopedPage(int pageSize, Guid? after, Guid? subtreeOf) => (_pageSize, _after, _subtreeOf) = (pageSize, after, subtreeOf);

    /// <summary>Reads the paging and subtree fields, adding a violation for each bad one.</summary>
    public static UnionScopedPage Parse(int pageSize, string pageToken, string subtreeOf, FieldViolations violations)
    {
        var size = PageToken.PageSize(pageSize, violations);
        Guid? after = null;
        if (PageToken.Decode(pageToken, keyParts: 1, violations) is [var last])
        {
            after = Guid.TryParse(last, out var id) ? id : null;
            if (after is null)
            {
                violations.Add("page_token", "is not a token this list returned; start again without one");
            }
        }

        return new UnionScopedPage(size, after, violations.Id(subtreeOf, "union_subtree_of", required: false));
    }

    public async Task<IQueryable<T>> FilterAsync<T>(IQueryable<T> query, PlatformCaller caller, RosterDbContext db, CancellationToken cancellationToken)
        where T : class, IUnionScoped
    {
        if (!caller.IsProvincialAdmin)
        {
            var own = "/" + (Guid.TryParse(caller.UnionId, out var ownId) ? ownId : Guid.Empty).ToString("N") + "/";
            query = query.Where(x => x.UnionPath.Contains(own));
        }

        if (_subtreeOf is { } root)
        {
            var path = await db.Unions.Where(u => u.Id == root).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw RpcErrors.NotFound("volunteer.roster.v1.Union", root.ToString());
            query = query.Where(x => x.UnionPath.StartsWith(path));
        }

        if (_after is { } after)
        {
            query = query.Where(x => x.Id.CompareTo(after) > 0);
        }

        return query;
    }

    public async Task<(IReadOnlyList<T> Page, string NextPageToken)> ReadAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        where T : class, IUnionScoped
    {
        var page = await query.OrderBy(x => x.Id).Take(_pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= _pageSize)
        {
            return (page, "");
        }

        page.RemoveAt(_pageSize);
        return (page, PageToken.Encode(page[^1].Id.ToString()));
    }
}

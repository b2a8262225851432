using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>
/// What roster lists of union-owned things share: the caller's scope (a union admin sees only their
/// subtree), an optional subtree filter, and keyset pages by time-ordered id.
/// </summary>
public sealed class UnionScopedPage
{
    private readonly IdPage _page;
    private readonly Guid? _subtreeOf;

    private UnionScopedPage(IdPage page, Guid? subtreeOf) => (_page, _subtreeOf) = (page, subtreeOf);

    /// <summary>Reads the paging and subtree fields, adding a violation for each bad one.</summary>
    public static UnionScopedPage Parse(int pageSize, string pageToken, string subtreeOf, FieldViolations violations)
    {
        var page = IdPage.Parse(pageSize, pageToken, violations);
        return new(page, violations.Id(subtreeOf, "union_subtree_of", required: false));
    }

    public async Task<IQueryable<T>> FilterAsync<T>(IQueryable<T> query, PlatformCaller caller, RosterDbContext db, CancellationToken cancellationToken)
        where T : class, IUnionScoped
    {
        if (!caller.ActsProvinceWide)
        {
            var own = "/" + (Guid.TryParse(caller.UnionId, out var ownId) ? ownId : Guid.Empty).ToString("N") + "/";
            query = query.Where(x => x.UnionPath.Contains(own));
        }

        if (_subtreeOf is { } root)
        {
            var path = await db.Unions.Where(u => u.Id == root).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("volunteer.roster.v1.Union", root.ToString());
            query = query.Where(x => x.UnionPath.StartsWith(path));
        }

        return query;
    }

    public async Task<(IReadOnlyList<T> Page, string NextPageToken)> ReadAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        where T : class, IUnionScoped => await _page.ReadAsync(query, cancellationToken);
}

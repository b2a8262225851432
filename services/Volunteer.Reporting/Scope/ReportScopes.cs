using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Scope;

/// <summary>Which union subtree a caller may read reports of, from the replicated union tree.</summary>
public sealed class ReportScopes(ReportingDbContext db, KnownUnions unions)
{
    public const string Provincial = "provincial";

    /// <summary>
    /// The requested union's subtree (the edge has checked the caller covers it); with no union, the
    /// province for a provincial caller and the caller's own union otherwise.
    /// </summary>
    public async Task<ReportScope> ResolveAsync(
        PlatformCaller caller, Guid? requested, CancellationToken cancellationToken) =>
        await ExpandAsync(await RootAsync(caller, requested, cancellationToken), cancellationToken);

    /// <summary>The root of what <see cref="ResolveAsync"/> resolves, without listing the subtree.</summary>
    public async Task<ReportRoot> RootAsync(PlatformCaller caller, Guid? requested, CancellationToken cancellationToken)
    {
        if (requested is null && caller.ActsProvinceWide)
        {
            return await ProvinceRootAsync(cancellationToken);
        }

        var rootId = requested ?? (Guid.TryParse(caller.UnionId, out var own) ? own
            : throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "登录凭据未指明所属工会。"));
        return await RootOfAsync(rootId, cancellationToken);
    }

    /// <summary>The scope from its root: the whole province, or the root and every union below it.</summary>
    public async Task<ReportScope> ExpandAsync(ReportRoot root, CancellationToken cancellationToken) =>
        root.WholeProvince
            ? new ReportScope(root.Id, root.Name, null)
            : new ReportScope(root.Id, root.Name, await unions.SubtreeAsync(root.Id!.Value, cancellationToken));

    public async Task<ReportScope> ProvinceAsync(CancellationToken cancellationToken) =>
        await ExpandAsync(await ProvinceRootAsync(cancellationToken), cancellationToken);

    /// <summary>The subtree of a union: a caller's, or one of the scheduled digests' scopes.</summary>
    public async Task<ReportScope> OfUnionAsync(Guid unionId, CancellationToken cancellationToken) =>
        await ExpandAsync(await RootOfAsync(unionId, cancellationToken), cancellationToken);

    private async Task<ReportRoot> ProvinceRootAsync(CancellationToken cancellationToken)
    {
        var province = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Kind == Provincial, cancellationToken);
        return new ReportRoot(province?.Id, province?.Name ?? "", WholeProvince: true);
    }

    private async Task<ReportRoot> RootOfAsync(Guid unionId, CancellationToken cancellationToken)
    {
        var root = await unions.FindAsync(unionId, cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.Union, unionId.ToString());
        return new ReportRoot(root.Id, root.Name, root.Kind == Provincial);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Scope;

/// <summary>Which union subtree a caller may read reports of, from the replicated union tree.</summary>
public sealed class ReportScopes(ReportingDbContext db, KnownUnions unions)
{
    public const string Provincial = "provincial";

    private static readonly string[] ReportRoles = [PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer];

    /// <summary>Admins and report viewers read reports; everyone else is denied.</summary>
    public static void DemandReader(PlatformCaller caller)
    {
        if (!ReportRoles.Contains(caller.Role))
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", "Reports are read by admins and report viewers.");
        }
    }

    public static void DemandAdmin(PlatformCaller caller)
    {
        if (caller.Role is not (PlatformRoles.ProvincialAdmin or PlatformRoles.UnionAdmin))
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", "Only provincial and union admins may do this.");
        }
    }

    /// <summary>
    /// The requested union's subtree if the caller covers it; with no union, the province for a
    /// provincial caller and the caller's own union otherwise.
    /// </summary>
    public async Task<ReportScope> ResolveAsync(PlatformCaller caller, Guid? requested, CancellationToken cancellationToken)
    {
        if (requested is null && caller.IsProvincialAdmin)
        {
            return await ProvinceAsync(cancellationToken);
        }

        var rootId = requested ?? (Guid.TryParse(caller.UnionId, out var own) ? own
            : throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "The token names no union."));
        var root = await unions.FindAsync(rootId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", rootId.ToString());
        await unions.DemandCoversAsync(caller, rootId, cancellationToken);
        return root.Kind == Provincial
            ? new ReportScope(root.Id, root.Name, null)
            : new ReportScope(root.Id, root.Name, await unions.SubtreeAsync(rootId, cancellationToken));
    }

    public async Task<ReportScope> ProvinceAsync(CancellationToken cancellationToken)
    {
        var province = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Kind == Provincial, cancellationToken);
        return new ReportScope(province?.Id, province?.Name ?? "", null);
    }

    /// <summary>The subtree of a union known to exist, for work done without a caller (scheduled digests).</summary>
    public async Task<ReportScope> OfUnionAsync(Guid unionId, CancellationToken cancellationToken)
    {
        var root = await unions.FindAsync(unionId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", unionId.ToString());
        return root.Kind == Provincial
            ? new ReportScope(root.Id, root.Name, null)
            : new ReportScope(root.Id, root.Name, await unions.SubtreeAsync(unionId, cancellationToken));
    }
}

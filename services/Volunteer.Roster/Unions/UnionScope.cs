using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>Who may change which unions: provincial admins all; a union admin its own subtree.</summary>
public static class UnionScope
{
    public static bool CanManage(PlatformCaller caller, Union union) => Covers(caller, union.Path);

    /// <summary>Whether the caller administers the union at this tree path (its own or one above).</summary>
    public static bool Covers(PlatformCaller caller, string unionPath) =>
        caller.IsProvincialAdmin
        || (caller.Role == PlatformRoles.UnionAdmin
            && Guid.TryParse(caller.UnionId, out var own)
            && unionPath.Contains($"/{own:N}/", StringComparison.Ordinal));

    /// <summary>Only admins change unions at all; checked before anything else is looked at.</summary>
    public static void DemandAdmin(PlatformCaller caller)
    {
        if (!caller.IsProvincialAdmin && caller.Role != PlatformRoles.UnionAdmin)
        {
            throw new AccessDeniedException("ADMIN_ROLE_REQUIRED", "Only provincial and union admins may register or change unions.");
        }
    }

    /// <param name="union">The union changed, or the parent of the one created; null for the root.</param>
    public static void DemandManage(PlatformCaller caller, Union? union)
    {
        if (union is null ? !caller.IsProvincialAdmin : !CanManage(caller, union))
        {
            throw new AccessDeniedException("OUTSIDE_UNION_SCOPE",
                "Only a provincial admin, or an admin of this union or one above it, may change it.");
        }
    }
}

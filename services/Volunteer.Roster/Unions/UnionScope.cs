using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>
/// Which unions an admin administers: provincial admins all; a union admin their own subtree. The edge
/// checks every union a request names; this answers for what it cannot see (list rows, import rows).
/// </summary>
public static class UnionScope
{
    /// <summary>Whether the caller administers the union at this tree path (its own or one above).</summary>
    public static bool Covers(PlatformCaller caller, string unionPath) =>
        caller.Role == PlatformRoles.ProvincialAdmin
        || (caller.Role == PlatformRoles.UnionAdmin
            && Guid.TryParse(caller.UnionId, out var own)
            && unionPath.Contains($"/{own:N}/", StringComparison.Ordinal));

    /// <summary>The root of the tree has no parent to check at the edge: only a provincial admin makes it.</summary>
    public static void DemandRootMaker(PlatformCaller caller)
    {
        if (caller.Role != PlatformRoles.ProvincialAdmin)
        {
            throw new AccessDeniedException("OUTSIDE_UNION_SCOPE",
                "只有省总工会管理员可以登记省总工会。");
        }
    }
}

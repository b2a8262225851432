using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Scope;

/// <summary>
/// Safety staff: provincial admins everywhere; union admins and safety officers for their union and
/// the unions below it. Everyone else is refused before anything is looked up.
/// </summary>
public sealed class SafetyScope(KnownUnions unions)
{
    public static bool IsStaff(PlatformCaller caller) =>
        caller.IsProvincialAdmin || caller.Role is PlatformRoles.UnionAdmin or PlatformRoles.SafetyOfficer;

    public static void DemandStaff(PlatformCaller caller)
    {
        if (!IsStaff(caller))
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", "Only provincial admins, union admins and safety officers may do this.");
        }
    }

    public async Task DemandStaffOfAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        DemandStaff(caller);
        await unions.DemandCoversAsync(caller, unionId, cancellationToken);
    }

    /// <summary>Unions whose things a list may show the caller; null means all.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleAsync(PlatformCaller caller, Guid? subtreeOf, CancellationToken cancellationToken)
    {
        DemandStaff(caller);
        return await unions.VisibleAsync(caller, subtreeOf, cancellationToken);
    }
}

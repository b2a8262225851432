using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// The rules of who leads an activity that need it loaded. The edge has already kept every caller to
/// the things within their reach (see Access/ThingOwners), so an admin here is one covering the
/// activity; a captain reaches it also as a mere participant, yet only captains of a participating
/// team lead it (submit, start, complete, correct attendance).
/// </summary>
public sealed class ActivityAccess(ActivityDbContext db)
{
    public static bool IsAdmin(PlatformCaller caller) => caller.ActsProvinceWide || caller.Role == PlatformRoles.UnionAdmin;

    /// <summary>Roles that read everything of their union subtree.</summary>
    public static bool IsUnionReader(PlatformCaller caller) =>
        IsAdmin(caller) || caller.Role is PlatformRoles.SafetyOfficer or PlatformRoles.ReportViewer;

    /// <summary>The caller's volunteer id: volunteers and captains act as themselves (roster's token convention).</summary>
    public static Guid? VolunteerId(PlatformCaller caller) =>
        caller.Role is PlatformRoles.Volunteer or PlatformRoles.TeamCaptain && Guid.TryParse(caller.Subject, out var id) ? id : null;

    /// <summary>The teams (among those given) the caller currently captains.</summary>
    public async Task<List<Guid>> CaptainedAsync(PlatformCaller caller, IReadOnlyCollection<Guid>? teamIds, CancellationToken cancellationToken)
    {
        if (caller.Role != PlatformRoles.TeamCaptain || VolunteerId(caller) is not { } volunteerId)
        {
            return [];
        }

        return await db.Set<KnownTeamMember>()
            .Where(m => m.VolunteerId == volunteerId && m.LeftOn == null && m.Role == TeamStatuses.CaptainRole)
            .Where(m => teamIds == null || teamIds.Contains(m.TeamId))
            .Select(m => m.TeamId).ToListAsync(cancellationToken);
    }

    /// <summary>PERMISSION_DENIED for a caller who reaches the activity but does not lead it.</summary>
    public async Task DemandLeadAsync(PlatformCaller caller, ServiceActivity activity, CancellationToken cancellationToken)
    {
        if (!await IsLeadAsync(caller, activity, cancellationToken))
        {
            throw new AccessDeniedException("NOT_ACTIVITY_LEAD",
                "只有组织活动的工会及其上级工会的管理员、参加服务队的队长可以进行此操作。");
        }
    }

    /// <summary>Whether a caller the edge admitted to the activity leads it.</summary>
    public async Task<bool> IsLeadAsync(PlatformCaller caller, ServiceActivity activity, CancellationToken cancellationToken) =>
        IsAdmin(caller) || (await CaptainedAsync(caller, activity.TeamIds, cancellationToken)).Count > 0;
}

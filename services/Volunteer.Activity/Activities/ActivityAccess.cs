using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Who may do what with an activity: admins of the organising union's line plan and record it;
/// captains of a participating team also lead it (submit, start, complete, take attendance);
/// participants see it. Everyone else is denied.
/// </summary>
public sealed class ActivityAccess(ActivityDbContext db, KnownUnions unions)
{
    public static bool IsAdmin(PlatformCaller caller) => caller.IsProvincialAdmin || caller.Role == PlatformRoles.UnionAdmin;

    /// <summary>Roles that read everything of their union subtree.</summary>
    public static bool IsUnionReader(PlatformCaller caller) =>
        IsAdmin(caller) || caller.Role is PlatformRoles.SafetyOfficer or PlatformRoles.ReportViewer;

    /// <summary>The caller's volunteer id: volunteers and captains act as themselves (roster's token convention).</summary>
    public static Guid? VolunteerId(PlatformCaller caller) =>
        caller.Role is PlatformRoles.Volunteer or PlatformRoles.TeamCaptain && Guid.TryParse(caller.Subject, out var id) ? id : null;

    public async Task DemandAdminOfAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        if (!IsAdmin(caller))
        {
            throw new AccessDeniedException("ADMIN_ROLE_REQUIRED", "Only provincial and union admins may do this.");
        }

        await unions.DemandCoversAsync(caller, unionId, cancellationToken);
    }

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

    public async Task DemandLeadAsync(PlatformCaller caller, ServiceActivity activity, CancellationToken cancellationToken)
    {
        if (!await IsLeadAsync(caller, activity, cancellationToken))
        {
            throw new AccessDeniedException("NOT_ACTIVITY_LEAD",
                "Only admins of the organising union's line and captains of a participating team may do this.");
        }
    }

    public async Task DemandReadAsync(PlatformCaller caller, ServiceActivity activity, CancellationToken cancellationToken)
    {
        var reads = (IsUnionReader(caller) && await unions.CoversAsync(caller, activity.UnionId, cancellationToken))
            || (await CaptainedAsync(caller, activity.TeamIds, cancellationToken)).Count > 0
            || (VolunteerId(caller) is { } self && await db.Participants.AnyAsync(p => p.ActivityId == activity.Id && p.VolunteerId == self, cancellationToken));
        if (!reads)
        {
            throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "The activity is outside the caller's union scope and teams.");
        }
    }

    public async Task<bool> IsLeadAsync(PlatformCaller caller, ServiceActivity activity, CancellationToken cancellationToken) =>
        (IsAdmin(caller) && await unions.CoversAsync(caller, activity.UnionId, cancellationToken))
        || (await CaptainedAsync(caller, activity.TeamIds, cancellationToken)).Count > 0;
}

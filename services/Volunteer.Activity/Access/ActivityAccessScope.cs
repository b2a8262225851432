using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Access;

/// <summary>
/// Whose each thing the activity API names is, answered from this service's own data and its replicas
/// of roster's union tree and teams: the edge decides every RPC's reach with it before the RPC runs.
/// </summary>
public sealed class ActivityAccessScope(ActivityDbContext db, KnownUnions unions, ThingOwners owners) : IAccessScope
{
    public Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken) =>
        resourceType switch
        {
            ResourceTypes.Union => owners.UnionAsync(id, cancellationToken),
            ResourceTypes.Team => owners.TeamAsync(id, cancellationToken),
            ResourceTypes.StaffVolunteer => owners.VolunteerAsync(id, cancellationToken),
            ResourceTypes.Site => owners.SiteAsync(id, cancellationToken),
            ResourceTypes.Need => owners.NeedAsync(id, cancellationToken),
            ResourceTypes.Activity => owners.ActivityAsync(id, cancellationToken),
            AttendanceDays.ResourceType => owners.AttendanceAsync(id, cancellationToken),
            _ => throw new InvalidOperationException($"The activity service does not know {resourceType}."),
        };

    public Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken) =>
        unions.CoversAsync(caller, unionId, cancellationToken);

    public async Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(
        PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (caller.Role != PlatformRoles.TeamCaptain || !Guid.TryParse(caller.Subject, out var person))
        {
            return [];
        }

        return await db.Set<KnownTeamMember>()
            .Where(m => m.VolunteerId == person && m.LeftOn == null && m.Role == TeamStatuses.CaptainRole)
            .Select(m => m.TeamId).Distinct().ToListAsync(cancellationToken);
    }
}

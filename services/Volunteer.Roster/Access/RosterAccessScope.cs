using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Teams;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Access;

/// <summary>
/// Owners of roster's things for the edge's access checks: a union owns itself; a team belongs to its
/// union and reaches its current members; a volunteer belongs to their union, is reached by the captains
/// of their current teams and by themself, and as a new member also by the captains of teams they may
/// join; an activity (as activity's events told roster) belongs to its organising union and is reached by
/// the captains of its teams. Subtrees are path prefixes, so each answer is one query.
/// </summary>
public sealed class RosterAccessScope(RosterDbContext db, CheckedThings checkedThings) : IAccessScope
{
    public async Task<ResourceOwner?> FindOwnerAsync(
        string resourceType, Guid id, CancellationToken cancellationToken) =>
        resourceType switch
        {
            ResourceTypes.Union => await db.Unions.AnyAsync(u => u.Id == id, cancellationToken)
                ? ResourceOwner.Union(id)
                : null,
            ResourceTypes.Team => await db.Teams.Where(t => t.Id == id)
                .Select(t => new ResourceOwner(t.UnionId, new[] { t.Id },
                    t.Memberships.Where(m => m.LeftOn == null).Select(m => m.VolunteerId).ToList()))
                .FirstOrDefaultAsync(cancellationToken),
            ResourceTypes.StaffVolunteer => await VolunteerOwnerAsync(id, cancellationToken),
            // Members come from the team's union or the unions below it (TeamRules), hence the path prefix.
            ResourceTypes.TeamMember => await db.Volunteers.Where(v => v.Id == id)
                .Select(v => new ResourceOwner(v.UnionId,
                    db.Teams.Where(t => t.Status != TeamStatus.Disbanded && v.UnionPath.StartsWith(t.UnionPath))
                        .Select(t => t.Id).ToList(),
                    new[] { v.Id }))
                .FirstOrDefaultAsync(cancellationToken),
            // The captains of an activity's teams lead it on site; no person is its owner.
            ResourceTypes.Activity => await db.ParticipatedActivities.Where(a => a.Id == id)
                .Select(a => new ResourceOwner(a.UnionId, a.TeamIds, Array.Empty<Guid>()))
                .FirstOrDefaultAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(
                nameof(resourceType), resourceType, "Roster owns no such thing."),
        };

    public async Task<bool> CoversUnionAsync(
        PlatformCaller caller, Guid unionId, CancellationToken cancellationToken) =>
        caller.ActsProvinceWide
        || (Guid.TryParse(caller.UnionId, out var own)
            && await db.Unions.AnyAsync(u => u.Id == unionId && u.Path.Contains($"/{own:N}/"), cancellationToken));

    public async Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(
        PlatformCaller caller, CancellationToken cancellationToken) =>
        Guid.TryParse(caller.Subject, out var person)
            ? await CurrentMemberships().Where(m => m.VolunteerId == person && m.Role == TeamRole.Captain)
                .Select(m => m.TeamId).ToListAsync(cancellationToken)
            : [];

    /// <summary>The volunteer's owner; the row is kept for the call, so showing them costs no second query.</summary>
    private async Task<ResourceOwner?> VolunteerOwnerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await VolunteerOwnerQuery.Find(db, id, cancellationToken) is not { } found)
        {
            return null;
        }

        found.Volunteer.Honours = found.Honours;
        checkedThings.Keep(id, found.Volunteer);
        return new ResourceOwner(found.Volunteer.UnionId, found.TeamIds, [id]);
    }

    private IQueryable<TeamMembership> CurrentMemberships() =>
        db.Teams.SelectMany(t => t.Memberships).Where(m => m.LeftOn == null);
}

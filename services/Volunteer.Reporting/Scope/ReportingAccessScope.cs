using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Reporting.Scope;

/// <summary>
/// Owners of the things reporting requests name, from the read models: a volunteer is their union's and
/// their own; an activity its organising union's and its participants' (so a volunteer reaches the
/// activities they served in); a digest its root union's; a correction its volunteer's union's; a team
/// and a nomination their union's (a nomination: the nominated team's or volunteer's).
/// </summary>
public sealed class ReportingAccessScope(ReportingDbContext db, KnownUnions unions) : IAccessScope
{
    public async Task<ResourceOwner?> FindOwnerAsync(
        string resourceType, Guid id, CancellationToken cancellationToken) => resourceType switch
        {
            ResourceTypes.Union =>
                await unions.FindAsync(id, cancellationToken) is null ? null : ResourceOwner.Union(id),
            ResourceTypes.StaffVolunteer => Person(await db.Volunteers.AsNoTracking().Where(v => v.Id == id)
                .Select(v => new { v.UnionId, v.Id }).FirstOrDefaultAsync(cancellationToken) is { } v
                ? (v.UnionId, v.Id) : null),
            ResourceTypes.Team => await db.Teams.AsNoTracking().Where(t => t.Id == id && t.Name != "")
                .Select(t => (Guid?)t.UnionId).FirstOrDefaultAsync(cancellationToken) is { } team
                ? ResourceOwner.Union(team) : null,
            ResourceTypes.Activity => await ActivityOwnerAsync(id, cancellationToken),
            // A province-wide digest has the provincial union as its root: only province-wide callers reach it.
            ResourceTypes.Digest => await db.Digests.AsNoTracking().Where(d => d.Id == id)
                .Select(d => d.UnionId).FirstOrDefaultAsync(cancellationToken) is { } root
                ? ResourceOwner.Union(root) : null,
            ResourceTypes.RecordCorrection => Person(await db.Corrections.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.UnionId, c.VolunteerId }).FirstOrDefaultAsync(cancellationToken) is { } c
                ? (c.UnionId, c.VolunteerId) : null),
            ResourceTypes.Nomination => await db.Nominations.AsNoTracking().Where(n => n.Id == id)
                .Select(n => (Guid?)n.UnionId).FirstOrDefaultAsync(cancellationToken) is { } subject
                ? ResourceOwner.Union(subject) : null,
            _ => throw new InvalidOperationException($"Reporting declares no scope for {resourceType}."),
        };

    public Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken) =>
        unions.CoversAsync(caller, unionId, cancellationToken);

    /// <summary>Reporting knows no captains (its team replica has none) and no reporting RPC admits them.</summary>
    public Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(PlatformCaller caller, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyCollection<Guid>>([]);

    private static ResourceOwner? Person((Guid UnionId, Guid PersonId)? found) =>
        found is { } owner ? new ResourceOwner(owner.UnionId, [], [owner.PersonId]) : null;

    private async Task<ResourceOwner?> ActivityOwnerAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.UnionId, a.TeamIds }).FirstOrDefaultAsync(cancellationToken);
        if (activity is null)
        {
            return null;
        }

        var people = await db.Participants.AsNoTracking().Where(p => p.ActivityId == id).Select(p => p.VolunteerId)
            .Union(db.ServiceLines.AsNoTracking().Where(l => l.ActivityId == id).Select(l => l.VolunteerId))
            .ToListAsync(cancellationToken);
        return new ResourceOwner(activity.UnionId, activity.TeamIds, people);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Scope;

/// <summary>
/// Whose the things safety's requests name are: unions from the replicated tree, volunteers from the
/// roster's events (their union; the volunteer themself; the teams of the activities they take part in),
/// activities as submitted for clearance (their union and teams), and policies and incidents by their
/// union. Answers are kept for the call, since a list may repeat ids.
/// </summary>
public sealed class SafetyAccessScope(SafetyDbContext db, KnownUnions unions) : IAccessScope
{
    private readonly Dictionary<(string, Guid), ResourceOwner?> _owners = [];
    private readonly Dictionary<Guid, bool> _covered = [];

    public async Task<ResourceOwner?> FindOwnerAsync(string resourceType, Guid id, CancellationToken cancellationToken)
    {
        if (!_owners.TryGetValue((resourceType, id), out var owner))
        {
            owner = await LookUpAsync(resourceType, id, cancellationToken);
            _owners[(resourceType, id)] = owner;
        }

        return owner;
    }

    public async Task<bool> CoversUnionAsync(PlatformCaller caller, Guid unionId, CancellationToken cancellationToken)
    {
        if (!_covered.TryGetValue(unionId, out var covers))
        {
            covers = await unions.CoversAsync(caller, unionId, cancellationToken);
            _covered[unionId] = covers;
        }

        return covers;
    }

    public async Task<IReadOnlyCollection<Guid>> TeamsLedByAsync(
        PlatformCaller caller, CancellationToken cancellationToken) =>
        Guid.TryParse(caller.Subject, out var person)
            ? await db.TeamCaptaincies.Where(c => c.VolunteerId == person && c.Leads).Select(c => c.TeamId)
                .ToListAsync(cancellationToken)
            : [];

    private async Task<ResourceOwner?> LookUpAsync(string resourceType, Guid id, CancellationToken cancellationToken)
    {
        var union = resourceType switch
        {
            ResourceTypes.Union => (await unions.FindAsync(id, cancellationToken))?.Id,
            ResourceTypes.StaffVolunteer => await UnionOf(db.Volunteers.Where(v => v.Id == id).Select(v => v.UnionId)),
            ResourceTypes.Activity => await UnionOf(db.Activities.Where(a => a.Id == id).Select(a => a.UnionId)),
            ResourceTypes.Policy => await UnionOf(db.Policies.Where(p => p.Id == id).Select(p => p.HolderUnionId)),
            ResourceTypes.Incident => await UnionOf(db.Incidents.Where(i => i.Id == id).Select(i => i.UnionId)),
            _ => throw new InvalidOperationException($"Safety does not know things of type {resourceType}."),
        };
        return union is not { } unionId ? null
            : resourceType == ResourceTypes.StaffVolunteer
                ? new ResourceOwner(unionId, await TeamsOfVolunteerAsync(id), [id])
            : resourceType == ResourceTypes.Activity ? new ResourceOwner(unionId, await TeamsOfActivityAsync(id), [])
            : ResourceOwner.Union(unionId);

        // A captain acts for the activities of their team and for the people taking part in them.
        async Task<List<Guid>> TeamsOfActivityAsync(Guid activityId) =>
            await db.Activities.Where(a => a.Id == activityId).Select(a => a.TeamIds)
                .FirstOrDefaultAsync(cancellationToken) ?? [];

        Task<List<Guid>> TeamsOfVolunteerAsync(Guid volunteerId) =>
            db.Participations.Where(p => p.VolunteerId == volunteerId && p.Confirmed)
                .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => a.TeamIds)
                .SelectMany(teams => teams).Distinct().ToListAsync(cancellationToken);

        Task<Guid?> UnionOf(IQueryable<Guid> query) =>
            query.Select(u => (Guid?)u).FirstOrDefaultAsync(cancellationToken);
    }
}

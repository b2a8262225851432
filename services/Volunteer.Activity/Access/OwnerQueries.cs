using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.Activity.Access;

/// <summary>
/// The owner lookups the edge makes on nearly every call, compiled once: translating a query on each call
/// (funcletizing, cache lookup) cost as much CPU as running it. Each lookup is one statement.
/// </summary>
internal static class OwnerQueries
{
    /// <summary>
    /// One row per person who reaches the activity (its participants and the current members of its teams),
    /// a single row without a person when nobody does, and no row when the activity does not exist.
    /// </summary>
    public static readonly Func<ActivityDbContext, Guid, IAsyncEnumerable<ActivityPerson>> ActivityPeople =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid id) => db.Activities.Where(a => a.Id == id)
            .SelectMany(
                a => db.Participants.Where(p => p.ActivityId == a.Id).Select(p => p.VolunteerId)
                    .Union(db.Set<KnownTeamMember>().Where(m => m.LeftOn == null && a.TeamIds.Contains(m.TeamId))
                        .Select(m => m.VolunteerId))
                    .Select(person => (Guid?)person)
                    .DefaultIfEmpty(),
                (a, person) => new ActivityPerson(a.UnionId, a.TeamIds, person)));

    /// <summary>The volunteer's current teams, each row with their own union when this service knows it.</summary>
    public static readonly Func<ActivityDbContext, Guid, IAsyncEnumerable<VolunteerTeam>> VolunteerTeams =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid id) => db.Set<KnownTeamMember>()
            .Where(m => m.VolunteerId == id && m.LeftOn == null)
            .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new VolunteerTeam(t.Id, t.UnionId,
                db.Volunteers.Where(v => v.Id == id).Select(v => (Guid?)v.UnionId).FirstOrDefault())));

    public static readonly Func<ActivityDbContext, Guid, CancellationToken, Task<Guid?>> VolunteerUnion =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid id, CancellationToken _) =>
            db.Volunteers.Where(v => v.Id == id).Select(v => (Guid?)v.UnionId).FirstOrDefault());

    public static readonly Func<ActivityDbContext, Guid, CancellationToken, Task<ResourceOwner?>> Attendance =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid id, CancellationToken _) => db.Attendance
            .Where(d => d.Id == id)
            .Join(db.Activities, d => d.ActivityId, a => a.Id,
                (d, a) => new ResourceOwner(a.UnionId, a.TeamIds, new[] { d.VolunteerId }))
            .FirstOrDefault());
}

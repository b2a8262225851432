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
    /// <summary>Whether the person is a current member of one of the teams (of an activity they then reach).</summary>
    public static readonly Func<ActivityDbContext, Guid, List<Guid>, CancellationToken, Task<bool>> IsCurrentMember =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid person, List<Guid> teamIds, CancellationToken _) =>
            db.Set<KnownTeamMember>()
                .Any(m => m.VolunteerId == person && m.LeftOn == null && teamIds.Contains(m.TeamId)));

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

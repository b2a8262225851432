using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Teams;

namespace Volunteer.Roster.Access;

/// <summary>
/// The edge's lookup of a volunteer, compiled once: one statement loads the whole row with its honours (what
/// GetStaffVolunteer shows) and the volunteer's current teams (whose captains reach them).
/// </summary>
internal static class VolunteerOwnerQuery
{
    public static readonly Func<RosterDbContext, Guid, CancellationToken, Task<CheckedVolunteer?>> Find =
        EF.CompileAsyncQuery((RosterDbContext db, Guid id, CancellationToken _) => db.Volunteers.AsNoTracking()
            // Both lists are a handful of rows: one statement is cheaper than a round trip for each.
            .AsSingleQuery()
            .Where(v => v.Id == id)
            .Select(v => new CheckedVolunteer(v, v.Honours.OrderBy(h => h.Id).ToList(),
                db.Set<TeamMembership>().Where(m => m.VolunteerId == v.Id && m.LeftOn == null)
                    .Select(m => m.TeamId).ToList()))
            .FirstOrDefault());
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Finds volunteers in the caller's scope by union subtree, skill, honour, vetting state, team and team
/// specialty, a page at a time in registration order (ids are time-ordered UUIDs, so the id is the keyset).
/// </summary>
public sealed class VolunteerSearch(RosterDbContext db)
{
    public async Task<(IReadOnlyList<StaffVolunteer> Page, string NextPageToken)> ListAsync(
        VolunteerListQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        IQueryable<StaffVolunteer> volunteers = db.Volunteers.AsNoTracking().Include(v => v.Honours).AsSplitQuery();
        volunteers = await query.Page.FilterAsync(volunteers, caller, db, cancellationToken);
        if (query.Skill is { } skill)
        {
            volunteers = volunteers.Where(v => v.Skills.Contains(skill));
        }

        if (query.Honour is { } honour)
        {
            volunteers = volunteers.Where(v => v.Honours.Any(h => h.Kind == honour));
        }

        if (query.Vetting is { } state)
        {
            volunteers = volunteers.Where(v => v.Vetting == state);
        }

        // Membership filters as EXISTS subqueries: one query, no per-volunteer lookups.
        var memberships = db.Teams.SelectMany(t => t.Memberships, (t, m) => new { t.Id, t.Specialty, m.VolunteerId, m.LeftOn })
            .Where(m => m.LeftOn == null);
        if (query.TeamId is { } teamId)
        {
            volunteers = volunteers.Where(v => memberships.Any(m => m.Id == teamId && m.VolunteerId == v.Id));
        }

        if (query.TeamSpecialty is { } specialty)
        {
            volunteers = volunteers.Where(v => memberships.Any(m => m.Specialty == specialty && m.VolunteerId == v.Id));
        }

        return await query.Page.ReadAsync(volunteers, cancellationToken);
    }
}

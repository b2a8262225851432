using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Teams;

/// <summary>Pages through the teams in the caller's scope in the order they were formed.</summary>
public sealed class TeamListing(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Team> Page, string NextPageToken)> ListAsync(
        TeamListQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        // Only the current captain is loaded: lists show who leads a team, not its whole membership.
        IQueryable<Team> teams = db.Teams.AsNoTracking().Include(t => t.Memberships.Where(m => m.LeftOn == null && m.Role == TeamRole.Captain));
        teams = await query.Page.FilterAsync(teams, caller, db, cancellationToken);
        if (query.Status is { } status)
        {
            teams = teams.Where(t => t.Status == status);
        }

        return await query.Page.ReadAsync(teams, cancellationToken);
    }
}

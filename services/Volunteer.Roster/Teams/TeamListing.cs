using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Teams;

/// <summary>Pages through the teams in the caller's scope in the order they were formed.</summary>
public sealed class TeamListing(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Team> Page, string NextPageToken)> ListAsync(
        Proto.ListTeamsRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var page = UnionScopedPage.Parse(request.PageSize, request.PageToken, request.UnionSubtreeOf, violations);
        violations.ThrowIfAny();

        // Only the current captain is loaded: lists show who leads a team, not its whole membership.
        IQueryable<Team> teams = db.Teams.AsNoTracking().Include(t => t.Memberships.Where(m => m.LeftOn == null && m.Role == TeamRole.Captain));
        teams = await page.FilterAsync(teams, caller, db, cancellationToken);
        if (request.Status != Proto.TeamStatus.Unspecified)
        {
            var status = (TeamStatus)request.Status;
            teams = teams.Where(t => t.Status == status);
        }

        return await page.ReadAsync(teams, cancellationToken);
    }
}

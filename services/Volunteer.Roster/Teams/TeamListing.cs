using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Teams;

/// <summary>Pages through the teams in the caller's scope in the order they were formed (time-ordered ids).</summary>
public sealed class TeamListing(RosterDbContext db)
{
    public async Task<(IReadOnlyList<Team> Page, string NextPageToken)> ListAsync(
        Proto.ListTeamsRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        UnionScope.DemandAdmin(caller);
        var violations = new FieldViolations();
        var pageSize = PageToken.PageSize(request.PageSize, violations);
        var after = PageToken.Decode(request.PageToken, keyParts: 1, violations);
        Guid afterId = default;
        if (after is not null && !Guid.TryParse(after[0], out afterId))
        {
            violations.Add("page_token", "is not a token this list returned; start again without one");
        }

        Guid subtreeOf = default;
        if (request.UnionSubtreeOf.Length > 0 && !Guid.TryParse(request.UnionSubtreeOf, out subtreeOf))
        {
            violations.Add("union_subtree_of", "must be a union id (UUID)");
        }

        violations.ThrowIfAny();
        // Only the current captain is loaded: lists show who leads a team, not its whole membership.
        IQueryable<Team> teams = db.Teams.AsNoTracking().Include(t => t.Memberships.Where(m => m.LeftOn == null && m.Role == TeamRole.Captain));
        if (!caller.IsProvincialAdmin)
        {
            var own = "/" + (Guid.TryParse(caller.UnionId, out var ownId) ? ownId : Guid.Empty).ToString("N") + "/";
            teams = teams.Where(t => t.UnionPath.Contains(own));
        }

        if (subtreeOf != default)
        {
            var path = await db.Unions.Where(u => u.Id == subtreeOf).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw RpcErrors.NotFound("volunteer.roster.v1.Union", subtreeOf.ToString());
            teams = teams.Where(t => t.UnionPath.StartsWith(path));
        }

        if (request.Status != Proto.TeamStatus.Unspecified)
        {
            var status = (TeamStatus)request.Status;
            teams = teams.Where(t => t.Status == status);
        }

        if (after is not null)
        {
            teams = teams.Where(t => t.Id.CompareTo(afterId) > 0);
        }

        var page = await teams.OrderBy(t => t.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= pageSize)
        {
            return (page, "");
        }

        page.RemoveAt(pageSize);
        return (page, PageToken.Encode(page[^1].Id.ToString()));
    }
}

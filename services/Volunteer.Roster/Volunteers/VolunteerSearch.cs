using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Finds volunteers in the caller's scope by union subtree, skill, honour, vetting state, team and team
/// specialty, a page at a time in registration order (ids are time-ordered UUIDs, so the id is the keyset).
/// </summary>
public sealed class VolunteerSearch(RosterDbContext db)
{
    public async Task<(IReadOnlyList<StaffVolunteer> Page, string NextPageToken)> ListAsync(
        Proto.ListStaffVolunteersRequest request, PlatformCaller caller, CancellationToken cancellationToken)
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

        Guid teamId = default;
        if (request.TeamId.Length > 0 && !Guid.TryParse(request.TeamId, out teamId))
        {
            violations.Add("team_id", "must be a team id (UUID)");
        }

        Guid subtreeOf = default;
        if (request.UnionSubtreeOf.Length > 0 && !Guid.TryParse(request.UnionSubtreeOf, out subtreeOf))
        {
            violations.Add("union_subtree_of", "must be a union id (UUID)");
        }

        violations.ThrowIfAny();
        var volunteers = db.Volunteers.AsNoTracking().Include(v => v.Honours).AsSplitQuery();
        if (!caller.IsProvincialAdmin)
        {
            var own = Guid.TryParse(caller.UnionId, out var ownId) ? ownId : Guid.Empty;
            volunteers = volunteers.Where(v => v.UnionPath.Contains("/" + own.ToString("N") + "/"));
        }

        if (subtreeOf != default)
        {
            var path = await db.Unions.Where(u => u.Id == subtreeOf).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken)
                ?? throw RpcErrors.NotFound("volunteer.roster.v1.Union", subtreeOf.ToString());
            volunteers = volunteers.Where(v => v.UnionPath.StartsWith(path));
        }

        if (request.Skill.Length > 0)
        {
            volunteers = volunteers.Where(v => v.Skills.Contains(request.Skill.Trim()));
        }

        if (request.Honour != Proto.HonourKind.Unspecified)
        {
            var honour = (HonourKind)request.Honour;
            volunteers = volunteers.Where(v => v.Honours.Any(h => h.Kind == honour));
        }

        if (request.VettingState != Proto.VettingState.Unspecified)
        {
            var state = (VettingState)request.VettingState;
            volunteers = volunteers.Where(v => v.Vetting == state);
        }

        // Membership filters as EXISTS subqueries: one query, no per-volunteer lookups.
        var memberships = db.Teams.SelectMany(t => t.Memberships, (t, m) => new { t.Id, t.Specialty, m.VolunteerId, m.LeftOn })
            .Where(m => m.LeftOn == null);
        if (teamId != default)
        {
            volunteers = volunteers.Where(v => memberships.Any(m => m.Id == teamId && m.VolunteerId == v.Id));
        }

        if (request.TeamSpecialty != Proto.TeamSpecialty.Unspecified)
        {
            var specialty = (Teams.TeamSpecialty)request.TeamSpecialty;
            volunteers = volunteers.Where(v => memberships.Any(m => m.Specialty == specialty && m.VolunteerId == v.Id));
        }

        if (after is not null)
        {
            volunteers = volunteers.Where(v => v.Id.CompareTo(afterId) > 0);
        }

        var page = await volunteers.OrderBy(v => v.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count <= pageSize)
        {
            return (page, "");
        }

        page.RemoveAt(pageSize);
        return (page, PageToken.Encode(page[^1].Id.ToString()));
    }
}

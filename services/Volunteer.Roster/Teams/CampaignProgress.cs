using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Teams;

/// <summary>
/// 百队千人 progress: active teams and distinct approved volunteers on them, rolled up each union's
/// subtree. Three queries whatever the tree's size; the roll-up happens in memory (hundreds of teams).
/// Without a union named, a provincial admin sees the province and a union admin their own union.
/// </summary>
public sealed class CampaignProgress(RosterDbContext db)
{
    public async Task<Proto.GetCampaignProgressResponse> GetAsync(Proto.GetCampaignProgressRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        violations.ThrowIfAny();
        if (unionId is null && !caller.IsProvincialAdmin)
        {
            unionId = Guid.TryParse(caller.UnionId, out var own) ? own : Guid.Empty;
        }

        var root = await db.Unions.AsNoTracking()
            .FirstOrDefaultAsync(
                u => unionId == null ? u.Kind == UnionKind.Provincial : u.Id == unionId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", unionId?.ToString() ?? "provincial");

        var children = await db.Unions.AsNoTracking().Where(u => u.ParentId == root.Id).OrderBy(u => u.RegionCode).ToListAsync(cancellationToken);
        var activeTeams = await db.Teams.AsNoTracking()
            .Where(t => t.Status == TeamStatus.Active && t.UnionPath.StartsWith(root.Path))
            .Select(t => new { t.Id, t.UnionPath })
            .ToListAsync(cancellationToken);
        var teamIds = activeTeams.Select(t => t.Id).ToList();
        var people = await db.Teams.Where(t => teamIds.Contains(t.Id))
            .SelectMany(t => t.Memberships, (t, m) => new { t.UnionPath, m.VolunteerId, m.LeftOn })
            .Where(m => m.LeftOn == null)
            .Join(db.Volunteers.Where(v => v.Vetting == VettingState.Approved), m => m.VolunteerId, v => v.Id, (m, _) => new { m.UnionPath, m.VolunteerId })
            .ToListAsync(cancellationToken);

        Proto.UnionProgress Progress(Union union) => new()
        {
            UnionId = union.Id.ToString(),
            Name = union.Name,
            TeamTarget = union.TeamTarget,
            PeopleTarget = union.PeopleTarget,
            ActiveTeams = activeTeams.Count(t => t.UnionPath.StartsWith(union.Path, StringComparison.Ordinal)),
            VettedPeople = people.Where(p => p.UnionPath.StartsWith(union.Path, StringComparison.Ordinal)).Select(p => p.VolunteerId).Distinct().Count(),
        };

        return new Proto.GetCampaignProgressResponse { Union = Progress(root), Children = { children.Select(Progress) } };
    }
}

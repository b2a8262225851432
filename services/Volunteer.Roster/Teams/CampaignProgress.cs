using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Teams;

/// <summary>
/// 百队千人 progress: active teams and distinct approved volunteers on them, rolled up each union's
/// subtree. Three queries whatever the tree's size; the roll-up happens in memory (hundreds of teams).
/// Without a union named, a provincial admin sees the province and a union admin their own union.
/// </summary>
public sealed class CampaignProgress(RosterDbContext db)
{
    /// <summary>Progress of the union named, or of the caller's own union (the province for its admins).</summary>
    public async Task<CampaignProgressReport> GetAsync(
        Guid? unionId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (unionId is null && !caller.ActsProvinceWide)
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

        UnionProgress Progress(Union union) => new(
            union.Id,
            union.Name,
            union.TeamTarget,
            union.PeopleTarget,
            activeTeams.Count(t => t.UnionPath.StartsWith(union.Path, StringComparison.Ordinal)),
            people.Where(p => p.UnionPath.StartsWith(union.Path, StringComparison.Ordinal))
                .Select(p => p.VolunteerId).Distinct().Count());

        return new CampaignProgressReport(Progress(root), [.. children.Select(Progress)]);
    }
}

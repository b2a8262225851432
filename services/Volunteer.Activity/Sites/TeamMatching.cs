using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Sites;

/// <summary>Ranks the active teams in the caller's scope for a verified need (see <see cref="MatchScore"/>).</summary>
public sealed class TeamMatching(ActivityDbContext db, NeedDesk needs, KnownUnions unions)
{
    /// <summary>At most <paramref name="count"/> teams, the best first.</summary>
    public async Task<IReadOnlyList<TeamSuggestion>> SuggestAsync(
        Guid needId, int count, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(needId, NeedStatus.Verified, cancellationToken);
        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == need.SiteId, cancellationToken);
        var visible = await unions.VisibleAsync(caller, null, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members.Where(m => m.LeftOn == null))
            .Where(t => t.Status == TeamStatuses.Active && (visible == null || visible.Contains(t.UnionId)))
            .ToListAsync(cancellationToken);
        var teamIds = teams.Select(t => t.Id).ToList();
        var memberIds = teams.SelectMany(t => t.Members).Select(m => m.VolunteerId).Distinct().ToList();
        var skills = await db.Volunteers.AsNoTracking().Where(v => memberIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Skills, cancellationToken);
        var regions = await db.Set<UnionNode>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.RegionCode, cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Status != ActivityStatus.Cancelled && a.CampaignYear == need.WishedFrom.Year && a.TeamIds.Any(t => teamIds.Contains(t)))
            .Select(a => new { a.TeamIds, a.StartsOn, a.EndsOn }).ToListAsync(cancellationToken);

        var ranked = teams.Select(team =>
        {
            var own = activities.Where(a => a.TeamIds.Contains(team.Id)).ToList();
            var candidate = new MatchCandidate(team.Id, team.Name, team.UnionId, team.Specialty, regions.GetValueOrDefault(team.UnionId, "000000"),
                team.Members.SelectMany(m => skills.GetValueOrDefault(m.VolunteerId, [])).ToHashSet(),
                own.Count(a => a.StartsOn <= need.WishedTo && a.EndsOn >= need.WishedFrom), own.Count);
            var (score, reasons) = MatchScore.Rate(need, site.RegionCode, candidate);
            return new TeamSuggestion(team.Id, team.Name, team.UnionId, score, reasons);
        });
        return [.. ranked.OrderByDescending(s => s.Score).ThenBy(s => s.TeamName, StringComparer.Ordinal)
            .Take(count)];
    }
}

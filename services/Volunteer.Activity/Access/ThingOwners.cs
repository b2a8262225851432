using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Access;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Access;

/// <summary>
/// The owner of each kind of thing: its union, the teams whose captains reach it and the people who
/// reach it themselves. Null when the thing does not exist.
/// </summary>
public sealed class ThingOwners(ActivityDbContext db, KnownUnions unions, CheckedThings checkedThings)
{
    /// <summary>A union's teams are those of its subtree: a captain may narrow a list to a union of theirs.</summary>
    public async Task<ResourceOwner?> UnionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await unions.FindAsync(id, cancellationToken) is null)
        {
            return null;
        }

        var subtree = await unions.SubtreeAsync(id, cancellationToken);
        var teams = await db.Teams.Where(t => subtree.Contains(t.UnionId)).Select(t => t.Id)
            .ToListAsync(cancellationToken);
        return new ResourceOwner(id, teams, []);
    }

    public async Task<ResourceOwner?> TeamAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Teams.Where(t => t.Id == id).Select(t => (Guid?)t.UnionId).FirstOrDefaultAsync(cancellationToken)
            is { } union ? new ResourceOwner(union, [id], []) : null;

    /// <summary>
    /// A volunteer is reached by themself, their union's staff and the captains of their teams; a volunteer
    /// this service knows only from a team takes that team's union.
    /// </summary>
    public async Task<ResourceOwner?> VolunteerAsync(Guid id, CancellationToken cancellationToken)
    {
        var teams = new List<VolunteerTeam>();
        await foreach (var team in OwnerQueries.VolunteerTeams(db, id).WithCancellation(cancellationToken))
        {
            teams.Add(team);
        }

        var union = teams.Count > 0
            ? teams[0].VolunteerUnionId ?? teams[0].TeamUnionId
            : await OwnerQueries.VolunteerUnion(db, id, cancellationToken);
        return union is { } unionId ? new ResourceOwner(unionId, [.. teams.Select(t => t.TeamId).Distinct()], [id]) : null;
    }

    /// <summary>A site is reached by the captains of the teams serving it or matched to its needs.</summary>
    public async Task<ResourceOwner?> SiteAsync(Guid id, CancellationToken cancellationToken)
    {
        var union = await db.Sites.Where(s => s.Id == id).Select(s => (Guid?)s.UnionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (union is null)
        {
            return null;
        }

        var serving = await db.Activities.Where(a => a.SiteId == id).Select(a => a.TeamIds)
            .ToListAsync(cancellationToken);
        var matched = await db.Needs.Where(n => n.SiteId == id && n.MatchedTeamId != null)
            .Select(n => n.MatchedTeamId!.Value).ToListAsync(cancellationToken);
        return new ResourceOwner(union.Value, [.. serving.SelectMany(t => t).Concat(matched).Distinct()], []);
    }

    public async Task<ResourceOwner?> NeedAsync(Guid id, CancellationToken cancellationToken)
    {
        var need = await db.Needs.Where(n => n.Id == id).Select(n => new { n.UnionId, n.MatchedTeamId })
            .FirstOrDefaultAsync(cancellationToken);
        return need is null ? null : new ResourceOwner(need.UnionId, need.MatchedTeamId is { } team ? [team] : [], []);
    }

    /// <summary>
    /// An activity is reached by its participants and by the current members of its teams (a member who
    /// joined after planning may still opt in), and by the captains of its teams. The activity is loaded
    /// whole, as GetActivity shows it, and kept for the call; its teams' members are asked about one by one,
    /// only when a person's own reach decides.
    /// </summary>
    public async Task<ResourceOwner?> ActivityAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.ReadActivityOrDefaultAsync(id, cancellationToken) is not { } activity)
        {
            return null;
        }

        checkedThings.Keep(id, activity);
        return new ResourceOwner(
            activity.UnionId, activity.TeamIds, [.. activity.Participants.Select(p => p.VolunteerId).Distinct()])
        {
            AlsoReaches = (person, token) => OwnerQueries.IsCurrentMember(db, person, activity.TeamIds, token),
        };
    }

    /// <summary>A day of attendance is reached by its volunteer and, as its activity is, by its teams' captains.</summary>
    public Task<ResourceOwner?> AttendanceAsync(Guid id, CancellationToken cancellationToken) =>
        OwnerQueries.Attendance(db, id, cancellationToken);
}

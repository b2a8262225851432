using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Participants;

/// <summary>
/// The one rule of which activities a volunteer may offer themself for, used by ExpressInterest and by
/// ListOpenActivities alike: those of a team of their union or of a union above it (roster takes a team's
/// members from its union and the unions below it), while the activity still takes answers.
/// </summary>
public sealed class OpenActivities(ActivityDbContext db, KnownUnions unions)
{
    /// <summary>The activities of the volunteer's teams' line, started or not; none for an unknown volunteer.</summary>
    public async Task<IQueryable<ServiceActivity>> InLineAsync(Guid volunteerId, CancellationToken cancellationToken)
    {
        var teams = await TeamsInLineAsync(volunteerId, cancellationToken);
        return db.Activities.Where(a => a.TeamIds.Any(t => teams.Contains(t)));
    }

    /// <summary>Of those, the ones that have not started and are not cancelled.</summary>
    public async Task<IQueryable<ServiceActivity>> OpenToAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        (await InLineAsync(volunteerId, cancellationToken))
            .Where(a => Lifecycle.AnsweringStatuses.Contains(a.Status));

    private async Task<List<Guid>> TeamsInLineAsync(Guid volunteerId, CancellationToken cancellationToken)
    {
        var union = await db.Volunteers.Where(v => v.Id == volunteerId).Select(v => (Guid?)v.UnionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (union is not { } own)
        {
            return [];
        }

        List<Guid> line = [own, .. await unions.AncestorsAsync(own, cancellationToken)];
        return await db.Teams.Where(t => line.Contains(t.UnionId)).Select(t => t.Id).ToListAsync(cancellationToken);
    }
}

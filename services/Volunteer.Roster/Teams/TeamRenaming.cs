using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Teams;

/// <summary>
/// Renames a team. The earlier name travels in <see cref="TeamRenamed"/>, so the services that show it learn
/// both; records already written keep the name they were written with.
/// </summary>
public sealed class TeamRenaming(RosterDbContext db, TeamRoster teams, TimeProvider timeProvider)
{
    public async Task<Team> RenameAsync(Guid teamId, string name, CancellationToken cancellationToken)
    {
        var team = await teams.FindTrackedAsync(teamId, cancellationToken);
        // The same name again changes nothing, so a retried call publishes nothing twice.
        if (team.Name == name)
        {
            return team;
        }

        var previous = team.Name;
        team.Name = name;
        db.AddIntegrationEvent(
            new TeamRenamed(team.Id, team.UnionId, name, previous, timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }
}

using Volunteer.Notifications.Data;

namespace Volunteer.Notifications.Recipients;

/// <summary>Applies roster's joins and leaves, the latest change winning whatever order they arrive in.</summary>
public sealed class TeamRoll(NotificationsDbContext db)
{
    public async Task ApplyAsync(
        Guid teamId, Guid volunteerId, bool active, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var member = await db.TeamMembers.FindAsync([teamId, volunteerId], cancellationToken);
        if (member is null)
        {
            db.TeamMembers.Add(new TeamMember
            {
                TeamId = teamId, VolunteerId = volunteerId, Active = active, ChangedAt = changedAt,
            });
        }
        else if (changedAt >= member.ChangedAt)
        {
            member.Active = active;
            member.ChangedAt = changedAt;
        }
    }
}

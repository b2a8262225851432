using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Notifications.Data;

namespace Volunteer.Notifications.Recipients;

/// <summary>Who is to be told, from the read models alone: no other service is asked.</summary>
public sealed class RecipientDirectory(NotificationsDbContext db)
{
    /// <summary>The union's own admins; with no union, the province's admins.</summary>
    public async Task<IReadOnlyList<string>> AdminsOfAsync(Guid? unionId, CancellationToken cancellationToken)
    {
        var grants = db.Grants.Where(g => !g.Revoked);
        grants = unionId is { } union
            ? grants.Where(g => g.Role == PlatformRoles.UnionAdmin && g.UnionId == union)
            : grants.Where(g => g.Role == PlatformRoles.ProvincialAdmin);
        return await grants.Select(g => g.Subject).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MembersOfAsync(
        IReadOnlyCollection<Guid> teamIds, CancellationToken cancellationToken) =>
        (await db.TeamMembers.Where(m => m.Active && teamIds.Contains(m.TeamId))
            .Select(m => m.VolunteerId).Distinct().ToListAsync(cancellationToken))
        .Select(id => id.ToString()).ToList();
}

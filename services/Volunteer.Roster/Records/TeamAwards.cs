using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Records;

/// <summary>Teams' awards: added by published commendations, shown with the team.</summary>
public sealed class TeamAwards(RosterDbContext db, TimeProvider timeProvider)
{
    /// <summary>Adds the award unless its nomination already gave one; the caller saves.</summary>
    public async Task AddAsync(Guid teamId, Guid nominationId, string name, DateOnly date, string grantingBody,
        CancellationToken cancellationToken)
    {
        if (await db.TeamAwards.AnyAsync(a => a.NominationId == nominationId, cancellationToken))
        {
            return;
        }

        db.TeamAwards.Add(new TeamAward
        {
            Id = Guid.CreateVersion7(), TeamId = teamId, Name = name, Date = date, GrantingBody = grantingBody,
            NominationId = nominationId, RecordedAt = timeProvider.GetUtcNowForDatabase(),
        });
    }

    public Task<List<TeamAward>> ForTeamAsync(Guid teamId, CancellationToken cancellationToken) =>
        db.TeamAwards.AsNoTracking().Where(a => a.TeamId == teamId).OrderBy(a => a.Date).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
}

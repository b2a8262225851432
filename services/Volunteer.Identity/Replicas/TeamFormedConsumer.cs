using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Replicas;

/// <summary>Keeps each team's union, so a captain's grant names a team of its own union.</summary>
public sealed class TeamFormedConsumer(AccountsDbContext db) : IConsumer<TeamFormed>
{
    public async Task Consume(ConsumeContext<TeamFormed> context)
    {
        var message = context.Message;
        if (await db.Teams.FindAsync([message.TeamId], context.CancellationToken) is { } team)
        {
            team.UnionId = message.UnionId;
            return;
        }

        db.Teams.Add(new KnownTeam { Id = message.TeamId, UnionId = message.UnionId });
    }
}

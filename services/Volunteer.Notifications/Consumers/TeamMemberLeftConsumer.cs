using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Someone who left a team hears no more of its activities.</summary>
public sealed class TeamMemberLeftConsumer(TeamRoll roll) : IConsumer<TeamMemberLeft>
{
    public Task Consume(ConsumeContext<TeamMemberLeft> context) => roll.ApplyAsync(context.Message.TeamId,
        context.Message.VolunteerId, active: false, context.Message.ChangedAt, context.CancellationToken);
}

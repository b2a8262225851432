using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Consumers;

/// <summary>Team members are told when their team is proposed for an activity.</summary>
public sealed class TeamMemberJoinedConsumer(TeamRoll roll) : IConsumer<TeamMemberJoined>
{
    public Task Consume(ConsumeContext<TeamMemberJoined> context) => roll.ApplyAsync(context.Message.TeamId,
        context.Message.VolunteerId, active: true, context.Message.ChangedAt, context.CancellationToken);
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Teams;

/// <summary>
/// Keeps the local copy of roster's teams. Events of one team may arrive in any order, so
/// a team row is created by whichever arrives first, and of a volunteer's joins and leaves only one
/// newer than the last applied counts; the inbox makes redeliveries harmless.
/// </summary>
public sealed class TeamReplicaConsumer(ActivityDbContext db) :
    IConsumer<TeamFormed>, IConsumer<TeamMemberJoined>, IConsumer<TeamMemberLeft>, IConsumer<TeamDisbanded>,
    IConsumer<TeamActivated>, IConsumer<TeamRenamed>
{
    public async Task Consume(ConsumeContext<TeamFormed> context)
    {
        var team = await TeamAsync(context.Message.TeamId, context.Message.UnionId, context.CancellationToken);
        team.Rename(context.Message.Name, context.Message.FormedAt);
        team.Specialty = context.Message.Specialty;
    }

    public async Task Consume(ConsumeContext<TeamRenamed> context)
    {
        var message = context.Message;
        var team = await TeamAsync(message.TeamId, message.UnionId, context.CancellationToken);
        team.Rename(message.Name, message.RenamedAt);
    }

    public async Task Consume(ConsumeContext<TeamMemberJoined> context)
    {
        var message = context.Message;
        var team = await TeamAsync(message.TeamId, message.UnionId, context.CancellationToken);
        if (Membership(team, message.VolunteerId, message.ChangedAt) is { } member)
        {
            member.Role = message.Role;
            member.JoinedOn = message.JoinedOn;
            member.LeftOn = null;
        }
    }

    public async Task Consume(ConsumeContext<TeamMemberLeft> context)
    {
        var message = context.Message;
        var team = await TeamAsync(message.TeamId, message.UnionId, context.CancellationToken);
        if (Membership(team, message.VolunteerId, message.ChangedAt) is { } member)
        {
            member.LeftOn = message.LeftOn;
        }
    }

    public async Task Consume(ConsumeContext<TeamDisbanded> context) =>
        (await TeamAsync(context.Message.TeamId, context.Message.UnionId, context.CancellationToken)).Status = TeamStatuses.Disbanded;

    public async Task Consume(ConsumeContext<TeamActivated> context)
    {
        var team = await TeamAsync(context.Message.TeamId, context.Message.UnionId, context.CancellationToken);
        if (team.Status != TeamStatuses.Disbanded)
        {
            team.Status = TeamStatuses.Active;
        }
    }

    // The volunteer's row, stamped with the change, or null when a newer change was applied already. On
    // a tie the later arrival wins: only events written before they carried a time can tie.
    private static KnownTeamMember? Membership(KnownTeam team, Guid volunteerId, DateTimeOffset changedAt)
    {
        var member = team.Members.FirstOrDefault(m => m.VolunteerId == volunteerId);
        if (member is null)
        {
            member = new KnownTeamMember { TeamId = team.Id, VolunteerId = volunteerId };
            team.Members.Add(member);
        }
        else if (changedAt < member.ChangedAt)
        {
            return null;
        }

        member.ChangedAt = changedAt;
        return member;
    }

    private async Task<KnownTeam> TeamAsync(Guid teamId, Guid unionId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            team = new KnownTeam { Id = teamId, UnionId = unionId };
            db.Teams.Add(team);
        }

        return team;
    }
}

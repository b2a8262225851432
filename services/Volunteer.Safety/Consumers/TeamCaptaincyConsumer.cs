using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Consumers;

/// <summary>
/// Keeps who leads which team. A leave is kept even for someone never seen as captain, so that a join
/// arriving after it (but made before it) does not make them captain again.
/// </summary>
public sealed class TeamCaptaincyConsumer(SafetyDbContext db) : IConsumer<TeamMemberJoined>, IConsumer<TeamMemberLeft>
{
    private const string CaptainRole = "captain";

    public async Task Consume(ConsumeContext<TeamMemberJoined> context)
    {
        var message = context.Message;
        var leads = message.Role == CaptainRole;
        var row = await db.TeamCaptaincies.FindAsync([message.TeamId, message.VolunteerId], context.CancellationToken);
        if (row is null && leads)
        {
            db.TeamCaptaincies.Add(new TeamCaptaincy
            {
                TeamId = message.TeamId, VolunteerId = message.VolunteerId, Leads = true,
                ChangedAt = message.ChangedAt,
            });
        }
        else if (row is not null && message.ChangedAt > row.ChangedAt)
        {
            (row.Leads, row.ChangedAt) = (leads, message.ChangedAt);
        }
    }

    public async Task Consume(ConsumeContext<TeamMemberLeft> context)
    {
        var message = context.Message;
        var row = await db.TeamCaptaincies.FindAsync([message.TeamId, message.VolunteerId], context.CancellationToken);
        if (row is null)
        {
            db.TeamCaptaincies.Add(new TeamCaptaincy
            {
                TeamId = message.TeamId, VolunteerId = message.VolunteerId, Leads = false,
                ChangedAt = message.ChangedAt,
            });
        }
        else if (message.ChangedAt > row.ChangedAt)
        {
            (row.Leads, row.ChangedAt) = (false, message.ChangedAt);
        }
    }
}

using MassTransit;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Teams;

/// <summary>
/// Keeps each volunteer's skills as roster last stated them, for matching. A correction may overtake
/// the registration on the way, so the newest statement wins whatever the arrival order.
/// </summary>
public sealed class VolunteerSkillsConsumer(ActivityDbContext db) : IConsumer<VolunteerRegistered>, IConsumer<VolunteerProfileChanged>
{
    public Task Consume(ConsumeContext<VolunteerRegistered> context) =>
        KeepAsync(context.Message.VolunteerId, context.Message.UnionId, context.Message.Skills, context.Message.RegisteredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<VolunteerProfileChanged> context) =>
        KeepAsync(context.Message.VolunteerId, context.Message.UnionId, context.Message.Skills, context.Message.ChangedAt, context.CancellationToken);

    private async Task KeepAsync(Guid volunteerId, Guid unionId, IReadOnlyList<string> skills, DateTimeOffset statedAt, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.FindAsync([volunteerId], cancellationToken);
        if (volunteer is null)
        {
            db.Volunteers.Add(new KnownVolunteer { Id = volunteerId, UnionId = unionId, Skills = [.. skills], SkillsStatedAt = statedAt });
        }
        else if (statedAt > volunteer.SkillsStatedAt)
        {
            volunteer.UnionId = unionId;
            volunteer.Skills = [.. skills];
            volunteer.SkillsStatedAt = statedAt;
        }
    }
}

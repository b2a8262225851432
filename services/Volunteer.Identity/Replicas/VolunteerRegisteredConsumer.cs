using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Replicas;

/// <summary>Keeps each volunteer's union, so only admins of that union link an account to the volunteer.</summary>
public sealed class VolunteerRegisteredConsumer(AccountsDbContext db) : IConsumer<VolunteerRegistered>
{
    public async Task Consume(ConsumeContext<VolunteerRegistered> context)
    {
        var message = context.Message;
        if (await db.Volunteers.FindAsync([message.VolunteerId], context.CancellationToken) is { } volunteer)
        {
            volunteer.UnionId = message.UnionId;
            return;
        }

        db.Volunteers.Add(new KnownVolunteer { Id = message.VolunteerId, UnionId = message.UnionId });
    }
}

using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Data;
using Volunteer.Safety.Volunteers;

namespace Volunteer.Safety.Consumers;

/// <summary>Keeps a volunteer's id, union and name: enough for insured lists and scope checks.</summary>
public sealed class VolunteerRegisteredConsumer(SafetyDbContext db) : IConsumer<VolunteerRegistered>
{
    public async Task Consume(ConsumeContext<VolunteerRegistered> context)
    {
        var message = context.Message;
        var volunteer = await db.Volunteers.FindAsync([message.VolunteerId], context.CancellationToken);
        if (volunteer is null)
        {
            db.Volunteers.Add(new KnownVolunteer { Id = message.VolunteerId, UnionId = message.UnionId, Name = message.Name });
            return;
        }

        volunteer.UnionId = message.UnionId;
        volunteer.Name = message.Name;
    }
}

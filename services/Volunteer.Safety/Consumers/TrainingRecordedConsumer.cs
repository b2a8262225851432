using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Safety.Volunteers;

namespace Volunteer.Safety.Consumers;

/// <summary>A safety training may unblock the activities the volunteer takes part in; other kinds are ignored.</summary>
public sealed class TrainingRecordedConsumer(SafetyDbContext db, ClearanceEvaluation clearance) : IConsumer<TrainingRecorded>
{
    public const string SafetyKind = "safety";

    public async Task Consume(ConsumeContext<TrainingRecorded> context)
    {
        var message = context.Message;
        if (message.Kind != SafetyKind || await db.SafetyTrainings.FindAsync([message.TrainingId], context.CancellationToken) is not null)
        {
            return;
        }

        db.SafetyTrainings.Add(new SafetyTraining { Id = message.TrainingId, VolunteerId = message.VolunteerId, Date = message.Date });
        await clearance.RecomputeForVolunteersAsync([message.VolunteerId], context.CancellationToken);
    }
}

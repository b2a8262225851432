using MassTransit;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Safety.Volunteers;

namespace Volunteer.Safety.Consumers;

/// <summary>
/// A training of a kind preparation requires may unblock the activities the volunteer takes part in; other kinds
/// are ignored.
/// </summary>
public sealed class TrainingRecordedConsumer(
    SafetyDbContext db, ClearanceEvaluation clearance, IOptions<ClearanceOptions> options) : IConsumer<TrainingRecorded>
{
    public async Task Consume(ConsumeContext<TrainingRecorded> context)
    {
        var message = context.Message;
        if (!options.Value.RequiredKinds.Contains(message.Kind)
            || await db.SafetyTrainings.FindAsync([message.TrainingId], context.CancellationToken) is not null)
        {
            return;
        }

        db.SafetyTrainings.Add(new SafetyTraining
        {
            Id = message.TrainingId, VolunteerId = message.VolunteerId, Kind = message.Kind, Date = message.Date,
        });
        await clearance.RecomputeForVolunteersAsync([message.VolunteerId], context.CancellationToken);
    }
}

using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;

namespace Volunteer.Safety.Consumers;

/// <summary>A new participant must be insured and trained too; recomputes once the activity is known.</summary>
public sealed class ParticipantConfirmedConsumer(ParticipationLedger ledger, ClearanceEvaluation clearance) : IConsumer<ParticipantConfirmed>
{
    public async Task Consume(ConsumeContext<ParticipantConfirmed> context)
    {
        var message = context.Message;
        await ledger.RecordAsync(message.ActivityId, message.VolunteerId, confirmed: true, message.ConfirmedAt, context.CancellationToken);
        await clearance.RecomputeAsync([message.ActivityId], context.CancellationToken);
    }
}

using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;

namespace Volunteer.Safety.Consumers;

/// <summary>A withdrawn participant no longer blocks the activity.</summary>
public sealed class ParticipantWithdrewConsumer(ParticipationLedger ledger, ClearanceEvaluation clearance) : IConsumer<ParticipantWithdrew>
{
    public async Task Consume(ConsumeContext<ParticipantWithdrew> context)
    {
        var message = context.Message;
        await ledger.RecordAsync(message.ActivityId, message.VolunteerId, confirmed: false, message.WithdrewAt, context.CancellationToken);
        await clearance.RecomputeAsync([message.ActivityId], context.CancellationToken);
    }
}

using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Roster.Reach;

/// <summary>
/// Learns from activity's events which activities exist, whose they are, when they take place and who
/// confirmed taking part: what deciding a phone reveal needs, without asking activity at that moment.
/// </summary>
public sealed class ActivityEventsConsumer(ActivityLedger ledger) :
    IConsumer<ActivityPlanned>, IConsumer<ActivitySubmitted>, IConsumer<ParticipantConfirmed>,
    IConsumer<ParticipantWithdrew>, IConsumer<ActivityCancelled>
{
    public Task Consume(ConsumeContext<ActivityPlanned> context)
    {
        var planned = context.Message;
        return ledger.DescribeAsync(new ActivityDescription(planned.ActivityId, planned.UnionId, planned.TeamIds,
            planned.StartsOn, planned.EndsOn, planned.PlannedAt), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ActivitySubmitted> context)
    {
        var submitted = context.Message;
        await ledger.DescribeAsync(new ActivityDescription(submitted.ActivityId, submitted.UnionId,
            submitted.TeamIds ?? [], submitted.StartsOn, submitted.EndsOn, submitted.SubmittedAt),
            context.CancellationToken);
        await ledger.KeepOnlyAsync(
            submitted.ActivityId, submitted.ParticipantIds, submitted.SubmittedAt, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ParticipantConfirmed> context) => ledger.RecordAsync(context.Message.ActivityId,
        context.Message.VolunteerId, confirmed: true, context.Message.ConfirmedAt, context.CancellationToken);

    public Task Consume(ConsumeContext<ParticipantWithdrew> context) => ledger.RecordAsync(context.Message.ActivityId,
        context.Message.VolunteerId, confirmed: false, context.Message.WithdrewAt, context.CancellationToken);

    public Task Consume(ConsumeContext<ActivityCancelled> context) =>
        ledger.CancelAsync(context.Message.ActivityId, context.Message.UnionId, context.CancellationToken);
}

using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Consumers;

/// <summary>
/// Learns (or relearns, when an edit of a blocked activity resubmits it) an activity's dates and its whole
/// list of confirmed participants, then clears or blocks it: a verdict is published only when it changes.
/// </summary>
public sealed class ActivitySubmittedConsumer(SafetyDbContext db, ParticipationLedger ledger, ClearanceEvaluation clearance)
    : IConsumer<ActivitySubmitted>
{
    public async Task Consume(ConsumeContext<ActivitySubmitted> context)
    {
        var message = context.Message;
        var activity = await db.Activities.FindAsync([message.ActivityId], context.CancellationToken);
        if (activity is null)
        {
            activity = new KnownActivity { Id = message.ActivityId };
            db.Activities.Add(activity);
        }

        if (activity.Cancelled)
        {
            return;
        }

        activity.UnionId = message.UnionId;
        activity.Name = message.Name;
        activity.StartsOn = message.StartsOn;
        activity.EndsOn = message.EndsOn;
        activity.DepartsOn = message.DepartsOn <= message.StartsOn ? message.DepartsOn : message.StartsOn;
        activity.ReturnsOn = message.ReturnsOn >= message.EndsOn ? message.ReturnsOn : message.EndsOn;
        activity.Online = message.Online;
        activity.TeamIds = [.. message.TeamIds ?? []];
        await ledger.KeepOnlyAsync(
            message.ActivityId, message.ParticipantIds, message.SubmittedAt, context.CancellationToken);
        foreach (var volunteerId in message.ParticipantIds.Distinct())
        {
            await ledger.RecordAsync(message.ActivityId, volunteerId, confirmed: true, message.SubmittedAt, context.CancellationToken);
        }

        await clearance.RecomputeAsync([message.ActivityId], context.CancellationToken);
    }
}

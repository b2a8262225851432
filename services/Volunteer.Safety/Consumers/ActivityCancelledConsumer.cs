using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Consumers;

/// <summary>A cancelled activity gets no further verdicts, even if its submission arrives after this.</summary>
public sealed class ActivityCancelledConsumer(SafetyDbContext db) : IConsumer<ActivityCancelled>
{
    public async Task Consume(ConsumeContext<ActivityCancelled> context)
    {
        var message = context.Message;
        var activity = await db.Activities.FindAsync([message.ActivityId], context.CancellationToken);
        if (activity is null)
        {
            db.Activities.Add(new KnownActivity { Id = message.ActivityId, UnionId = message.UnionId, Cancelled = true });
            return;
        }

        activity.Cancelled = true;
    }
}

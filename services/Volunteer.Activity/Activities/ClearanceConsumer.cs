using MassTransit;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Takes safety's verdicts. Only a higher revision than the one held counts, so a verdict overtaken
/// by a newer one and delivered late changes nothing; the verdict moves the activity between
/// submitted, cleared and blocked only while it has not started. Two verdicts handled at once both
/// read the same row: the activity's version lets only the first commit, and the message retry runs
/// the second again on what the first wrote.
/// </summary>
public sealed class ClearanceConsumer(ActivityDbContext db) : IConsumer<ActivityClearanceChanged>
{
    public async Task Consume(ConsumeContext<ActivityClearanceChanged> context)
    {
        var verdict = context.Message;
        var activity = await db.Activities.FindAsync([verdict.ActivityId], context.CancellationToken);
        if (activity is null || activity.Clearance?.Revision >= verdict.Revision)
        {
            return;
        }

        activity.Clearance = new ClearanceVerdict
        {
            Cleared = verdict.Cleared,
            Revision = verdict.Revision,
            EvaluatedAt = verdict.EvaluatedAt,
            Reasons = [.. verdict.Reasons.Select(r => new BlockingReason { Code = r.Code, VolunteerId = r.VolunteerId, Description = r.Description })],
        };
        var status = Lifecycle.AfterVerdict(activity.Status, verdict.Cleared);
        if (status != activity.Status)
        {
            activity.Status = status;
            activity.StatusChangedAt = verdict.EvaluatedAt;
        }
    }
}

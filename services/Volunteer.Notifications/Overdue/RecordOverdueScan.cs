using Microsoft.EntityFrameworkCore;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Notifications.Overdue;

/// <summary>
/// Tells the organising union's admins of each activity not recorded within 10 working days of its end.
/// Safe on every replica at once: the notification's unique key admits one per admin and activity.
/// </summary>
public sealed class RecordOverdueScan(
    NotificationsDbContext db, RecordingDeadline deadline, RecipientDirectory recipients, NotificationWriter writer)
{
    /// <summary>How many activities were found overdue and announced.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var latestEnd = deadline.LatestOverdueEnd(today);
        var overdue = await db.Activities
            .Where(a => !a.Recorded && !a.Cancelled && !a.OverdueNotified && a.EndsOn <= latestEnd)
            .OrderBy(a => a.EndsOn).ToListAsync(cancellationToken);
        foreach (var activity in overdue)
        {
            // Retried as a whole on a transient failure, as the consumers' inbox does.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await writer.WriteAsync(Overdue(activity), await recipients.AdminsOfAsync(activity.UnionId,
                    cancellationToken), cancellationToken);
                activity.OverdueNotified = true;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }

        return overdue.Count;
    }

    private Draft Overdue(KnownActivity activity)
    {
        var due = deadline.DueOn(activity.EndsOn!.Value);
        var text = $"活动「{activity.Name}」已于 {activity.EndsOn:yyyy-MM-dd} 结束，"
            + $"应在 {due:yyyy-MM-dd} 前记录志愿服务时长，现已逾期，请尽快记录。";
        return new Draft($"overdue:{activity.Id}", NotificationKinds.RecordOverdue, text, Links.Activity(activity.Id));
    }
}

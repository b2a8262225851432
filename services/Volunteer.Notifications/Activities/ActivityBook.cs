using Volunteer.Notifications.Data;

namespace Volunteer.Notifications.Activities;

/// <summary>Finds or starts an activity's row, whichever of its events comes first.</summary>
public sealed class ActivityBook(NotificationsDbContext db)
{
    public async Task<KnownActivity> GetAsync(Guid activityId, Guid unionId, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FindAsync([activityId], cancellationToken);
        if (activity is null)
        {
            activity = new KnownActivity { Id = activityId, UnionId = unionId };
            db.Activities.Add(activity);
        }

        return activity;
    }

    /// <summary>The name to show, or a neutral phrase while the planning has not arrived.</summary>
    public async Task<string> NameOfAsync(Guid activityId, CancellationToken cancellationToken) =>
        (await db.Activities.FindAsync([activityId], cancellationToken))?.Name is { } name ? $"「{name}」" : "一项活动";
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Live;

/// <summary>
/// One caller's live stream: their unread notifications since a time, then each new one once. "New" is
/// judged by id against what existed when the stream began, not by time, since a row is committed a
/// moment after its creation time and could otherwise slip past.
/// </summary>
public sealed class NotificationStream(NotificationsDbContext db, NotificationSignal signal, TimeProvider time)
{
    // Longer than any transaction that stores notifications takes to commit.
    private static readonly TimeSpan CommitSlack = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    /// <param name="send">Gets each notification with the unread count; first none, once what exists is known.</param>
    public async Task RunAsync(string subject, DateTimeOffset? since, Func<Notification?, int, Task> send,
        CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == subject);
        var seenFrom = time.GetUtcNow() - CommitSlack;
        var sent = (await mine.Where(n => n.CreatedAt >= seenFrom).Select(n => n.Id).ToListAsync(cancellationToken))
            .ToHashSet();
        await send(null, await UnreadAsync(mine, cancellationToken));
        if (since is { } start)
        {
            var unread = await mine.Where(n => n.ReadAt == null && n.CreatedAt > start).OrderBy(n => n.Id)
                .ToListAsync(cancellationToken);
            var unreadCount = await UnreadAsync(mine, cancellationToken);
            foreach (var notification in unread)
            {
                await send(notification, unreadCount);
                sent.Add(notification.Id);
            }
        }

        while (true)
        {
            var wake = signal.NextAsync();
            var from = time.GetUtcNow() - CommitSlack;
            var fresh = await mine.Where(n => n.CreatedAt >= from && n.CreatedAt >= seenFrom).OrderBy(n => n.Id)
                .ToListAsync(cancellationToken);
            var news = fresh.Where(n => sent.Add(n.Id)).ToList();
            var unreadNow = news.Count > 0 ? await UnreadAsync(mine, cancellationToken) : 0;
            foreach (var notification in news)
            {
                await send(notification, unreadNow);
            }

            await Task.WhenAny(wake, Task.Delay(Poll, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static Task<int> UnreadAsync(IQueryable<Notification> mine, CancellationToken cancellationToken) =>
        mine.CountAsync(n => n.ReadAt == null, cancellationToken);
}

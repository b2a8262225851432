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

    public async Task RunAsync(string subject, DateTimeOffset? since, Func<Notification, Task> send,
        CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == subject);
        var seenFrom = time.GetUtcNow() - CommitSlack;
        var sent = (await mine.Where(n => n.CreatedAt >= seenFrom).Select(n => n.Id).ToListAsync(cancellationToken))
            .ToHashSet();
        if (since is { } start)
        {
            var unread = await mine.Where(n => n.ReadAt == null && n.CreatedAt > start).OrderBy(n => n.Id)
                .ToListAsync(cancellationToken);
            foreach (var notification in unread)
            {
                await send(notification);
                sent.Add(notification.Id);
            }
        }

        while (true)
        {
            var wake = signal.NextAsync();
            var from = time.GetUtcNow() - CommitSlack;
            var fresh = await mine.Where(n => n.CreatedAt >= from && n.CreatedAt >= seenFrom).OrderBy(n => n.Id)
                .ToListAsync(cancellationToken);
            foreach (var notification in fresh.Where(n => sent.Add(n.Id)))
            {
                await send(notification);
            }

            await Task.WhenAny(wake, Task.Delay(Poll, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}

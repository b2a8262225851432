using Microsoft.EntityFrameworkCore;
using Volunteer.Notifications.Data;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Notifications.Inbox;

/// <summary>
/// A person's notifications, always filtered by their own subject: someone else's id is simply not there
/// (NOT_FOUND, as for an id that never existed).
/// </summary>
public sealed class NotificationInbox(NotificationsDbContext db, TimeProvider time)
{
    public const string ResourceType = "notification";

    /// <summary>A page, newest first, and how many are unread in all.</summary>
    public async Task<(List<Notification> Page, string NextPageToken, int Unread)> ListAsync(
        string subject, bool unreadOnly, IdPage page, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == subject);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        if (page.After is { } after)
        {
            query = query.Where(n => n.Id.CompareTo(after) < 0);
        }

        var rows = await query.OrderByDescending(n => n.Id).Take(page.Size + 1).ToListAsync(cancellationToken);
        var (found, next) = page.Cut(rows, n => n.Id);
        return (found, next, await mine.CountAsync(n => n.ReadAt == null, cancellationToken));
    }

    /// <summary>Marks the caller's listed notifications; every id is checked before any is marked.</summary>
    public async Task<int> MarkAsync(string subject, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await db.Notifications.Where(n => n.Recipient == subject && ids.Contains(n.Id))
            .Select(n => n.Id).ToListAsync(cancellationToken);
        if (ids.Where(id => !found.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
        {
            throw new NotFoundException(ResourceType, missing.ToString());
        }

        var now = time.GetUtcNow();
        return await db.Notifications.Where(n => n.Recipient == subject && ids.Contains(n.Id) && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Marks every notification of the caller made at or before the time.</summary>
    public Task<int> MarkUpToAsync(string subject, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Notifications.Where(n => n.Recipient == subject && n.CreatedAt <= upTo && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Email;

namespace Volunteer.Notifications.Inbox;

/// <summary>
/// Stores a draft for each recipient, once per (source, recipient) even when two replicas or a redelivery
/// race, and announces new rows to every replica's live streams when the caller's transaction commits.
/// </summary>
public sealed class NotificationWriter(NotificationsDbContext db, IOptions<EmailOptions> email, TimeProvider time)
{
    /// <summary>The PostgreSQL channel on which committed notifications are announced.</summary>
    public const string Channel = "notifications_stored";

    /// <summary>How many notifications were new. Call inside a transaction: NOTIFY is sent on its commit.</summary>
    public async Task<int> WriteAsync(Draft draft, IEnumerable<string> recipients, CancellationToken cancellationToken)
    {
        var people = recipients.Distinct().ToList();
        if (people.Count == 0)
        {
            return 0;
        }

        var mailed = await MailedAsync(people, cancellationToken);
        var now = time.GetUtcNow();
        var written = 0;
        foreach (var recipient in people)
        {
            var (state, due) = mailed.Contains(recipient)
                ? (nameof(EmailState.Pending), (DateTimeOffset?)now)
                : (nameof(EmailState.None), null);
            written += await db.Database.ExecuteSqlAsync(
                $"""
                insert into notifications
                    (id, recipient, source_key, kind, text, link, created_at, email_state, email_attempts, email_due_at)
                values ({Guid.CreateVersion7(now)}, {recipient}, {draft.SourceKey}, {draft.Kind}, {draft.Text},
                    {draft.Link}, {now}, {state}, 0, {due})
                on conflict (source_key, recipient) do nothing
                """,
                cancellationToken);
        }

        if (written > 0)
        {
            await db.Database.ExecuteSqlAsync($"select pg_notify({Channel}, '')", cancellationToken);
        }

        return written;
    }

    private async Task<HashSet<string>> MailedAsync(List<string> people, CancellationToken cancellationToken) =>
        email.Value.Enabled
            ? (await db.Settings
                .Where(s => people.Contains(s.Subject) && s.EmailEnabled && s.EmailAddress != null)
                .Select(s => s.Subject).ToListAsync(cancellationToken)).ToHashSet()
            : [];
}

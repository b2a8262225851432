using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Email;

/// <summary>
/// Sends one batch of pending mail. Rows are claimed "for update skip locked" for the batch's transaction,
/// so replicas never send the same notification; a failed send waits longer before each new attempt.
/// </summary>
public sealed partial class EmailDispatch(
    NotificationsDbContext db, MailComposer composer, IOptions<EmailOptions> options, TimeProvider time,
    ILogger<EmailDispatch> logger)
{
    /// <summary>How many rows the batch settled (sent, rescheduled or given up).</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            var claimed = await db.Notifications.FromSql(
                $"""
                select * from notifications where email_state = 'Pending' and email_due_at <= {now}
                order by email_due_at limit {options.Value.BatchSize} for update skip locked
                """).ToListAsync(cancellationToken);
            if (claimed.Count > 0)
            {
                await SendAsync(claimed, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return claimed.Count;
        });

    private async Task SendAsync(List<Notification> claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = claimed.Select(n => n.Recipient).Distinct().ToList();
        // Read now, not when the notification was made: a person who turned mail off gets none.
        var addresses = await db.Settings
            .Where(s => recipients.Contains(s.Subject) && s.EmailEnabled && s.EmailAddress != null)
            .ToDictionaryAsync(s => s.Subject, s => s.EmailAddress!, cancellationToken);
        using var smtp = new SmtpClient();
        foreach (var notification in claimed)
        {
            if (!addresses.TryGetValue(notification.Recipient, out var address))
            {
                notification.EmailState = EmailState.None;
                continue;
            }

            try
            {
                await ConnectAsync(smtp, cancellationToken);
                await smtp.SendAsync(composer.Compose(notification, address), cancellationToken);
                notification.EmailState = EmailState.Sent;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Reschedule(notification, now);
                LogSendFailed(logger, notification.Id, notification.EmailAttempts, e.GetType().Name);
            }
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (smtp.IsConnected)
        {
            return;
        }

        // Host and From are checked at start whenever mail is enabled (EmailOptions.Validate).
        await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
    }

    private void Reschedule(Notification notification, DateTimeOffset now)
    {
        notification.EmailAttempts++;
        if (notification.EmailAttempts >= options.Value.MaxAttempts)
        {
            notification.EmailState = EmailState.Failed;
            notification.EmailDueAt = null;
            return;
        }

        notification.EmailDueAt = now + options.Value.PollInterval * Math.Pow(2, notification.EmailAttempts);
    }

    // The id only: the address is personal data and stays out of the logs.
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Mail for notification {NotificationId} failed (attempt {Attempt}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid notificationId, int attempt, string error);
}

using Volunteer.Notifications.Data;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Notifications.Inbox;

/// <summary>The caller's own notification settings; a person without a row has the defaults (no mail).</summary>
public sealed class SettingsDesk(NotificationsDbContext db)
{
    public async Task<NotificationSettings> GetAsync(string subject, CancellationToken cancellationToken) =>
        await db.Settings.FindAsync([subject], cancellationToken) ?? new NotificationSettings { Subject = subject };

    /// <summary>Applies the masked fields; the edge has checked that enabled mail has an address.</summary>
    public async Task<NotificationSettings> UpdateAsync(
        SettingsChange change, string subject, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FindAsync([subject], cancellationToken);
        if (settings is null)
        {
            settings = new NotificationSettings { Subject = subject };
            db.Settings.Add(settings);
        }

        if (change.SetsAddress)
        {
            settings.EmailAddress = change.EmailAddress;
        }

        if (change.SetsEnabled)
        {
            settings.EmailEnabled = change.EmailEnabled;
        }

        if (settings.EmailEnabled && settings.EmailAddress is null)
        {
            throw new InvalidRequestException([new FieldProblem("settings.email_address", "开启邮件通知需要先填写邮箱地址")]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }
}

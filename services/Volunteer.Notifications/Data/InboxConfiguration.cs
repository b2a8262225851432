using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Data;

internal sealed class InboxConfiguration :
    IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Recipient).HasMaxLength(100);
        notification.Property(n => n.SourceKey).HasMaxLength(200);
        notification.Property(n => n.Kind).HasMaxLength(40);
        notification.Property(n => n.Text).HasMaxLength(1000);
        notification.Property(n => n.Link).HasMaxLength(200);
        notification.Property(n => n.EmailState).HasConversion<string>().HasMaxLength(20);
        notification.HasIndex(n => new { n.SourceKey, n.Recipient }).IsUnique();
        notification.HasIndex(n => new { n.Recipient, n.Id });
        // The mail job's claim looks only at pending rows.
        notification.HasIndex(n => n.EmailDueAt).HasFilter("email_state = 'Pending'");
    }

    public void Configure(EntityTypeBuilder<NotificationSettings> settings)
    {
        settings.ToTable("notification_settings");
        settings.HasKey(s => s.Subject);
        settings.Property(s => s.Subject).HasMaxLength(100);
        settings.Property(s => s.EmailAddress).HasMaxLength(254);
    }
}

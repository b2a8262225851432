using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Data;

/// <summary>The notifications service's own database ("notificationsdb"); no other service reads it.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationSettings> Settings => Set<NotificationSettings>();

    public DbSet<HeldGrant> Grants => Set<HeldGrant>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<KnownActivity> Activities => Set<KnownActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;

namespace Volunteer.Activity.Data;

/// <summary>The activity service's own database ("activitydb"); no other service reads it.</summary>
public sealed class ActivityDbContext(DbContextOptions<ActivityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}

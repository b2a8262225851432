using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;

namespace Volunteer.Safety.Data;

/// <summary>The safety service's own database ("safetydb"); no other service reads it.</summary>
public sealed class SafetyDbContext(DbContextOptions<SafetyDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddMessagingTables();
}

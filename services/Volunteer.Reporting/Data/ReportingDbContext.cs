using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;

namespace Volunteer.Reporting.Data;

/// <summary>The reporting service's read models ("reportingdb"), built only from events.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<KnownService> KnownServices => Set<KnownService>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<KnownService>(entity =>
        {
            entity.ToTable("known_services");
            entity.HasKey(s => s.InstanceId);
            entity.Property(s => s.InstanceId).HasMaxLength(64);
            entity.Property(s => s.ServiceName).HasMaxLength(64);
            entity.Property(s => s.Version).HasMaxLength(128);
            entity.HasIndex(s => s.LastAnnouncedAt);
        });
    }
}

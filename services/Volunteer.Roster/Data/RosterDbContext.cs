using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;
using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Data;

/// <summary>The roster service's own database ("rosterdb"); no other service reads it.</summary>
public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : DbContext(options)
{
    public DbSet<Union> Unions => Set<Union>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Union>(union =>
        {
            union.HasKey(u => u.Id);
            union.Property(u => u.Path).HasMaxLength(400);
            union.Property(u => u.Name).HasMaxLength(100);
            union.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
            union.Property(u => u.RegionCode).HasMaxLength(6).IsFixedLength();
            union.Property(u => u.ContactName).HasMaxLength(50);
            union.Property(u => u.ContactPhone).HasMaxLength(20);
            union.Property(u => u.RequestId).HasMaxLength(100);
            union.HasIndex(u => u.Path).HasOperators("text_pattern_ops");
            union.HasIndex(u => new { u.RegionCode, u.Id });
            union.HasIndex(u => u.RequestId).IsUnique().HasFilter("request_id is not null");
            // At most one provincial union, enforced where concurrent creates cannot slip past.
            union.HasIndex(u => u.Kind).IsUnique().HasFilter("kind = 'Provincial'").HasDatabaseName("ix_unions_single_provincial");
            union.HasOne<Union>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

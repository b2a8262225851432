using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Identity.Audit;

namespace Volunteer.Identity.Data;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        entry.Property(e => e.Actor).HasMaxLength(200);
        entry.Property(e => e.RequestId).HasMaxLength(64);
        entry.Property(e => e.Detail).HasMaxLength(200);
        entry.HasIndex(e => e.AccountId);
        entry.HasIndex(e => e.UnionId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Safety.Incidents;

namespace Volunteer.Safety.Data;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>, IEntityTypeConfiguration<IncidentChange>
{
    public void Configure(EntityTypeBuilder<Incident> incident)
    {
        incident.ToTable("incidents");
        incident.HasKey(i => i.Id);
        incident.Property(i => i.Id).ValueGeneratedNever();
        incident.Property(i => i.Place).HasMaxLength(200);
        incident.Property(i => i.Description).HasMaxLength(2000);
        incident.Property(i => i.FirstResponse).HasMaxLength(2000);
        incident.Property(i => i.Severity).HasConversion<string>().HasMaxLength(20);
        incident.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        incident.Property(i => i.ClaimStatus).HasConversion<string>().HasMaxLength(20);
        incident.Property(i => i.ReportedBy).HasMaxLength(100);
        incident.Property(i => i.RequestId).HasMaxLength(100);
        // A request id is the caller's key within the activity's union: another union's equal key is another incident.
        incident.HasIndex(i => new { i.UnionId, i.RequestId }).IsUnique().HasFilter("request_id is not null");
        incident.HasIndex(i => new { i.UnionId, i.Id });
        incident.HasIndex(i => i.ActivityId);
        incident.HasMany(i => i.History).WithOne().HasForeignKey(c => c.IncidentId);
    }

    public void Configure(EntityTypeBuilder<IncidentChange> change)
    {
        change.ToTable("incident_changes");
        change.HasKey(c => c.Id);
        // Ids are set here, so a change added to an incident's history is inserted, not taken for an existing row.
        change.Property(c => c.Id).ValueGeneratedNever();
        change.Property(c => c.ChangedBy).HasMaxLength(100);
        change.Property(c => c.Summary).HasMaxLength(300);
        change.Property(c => c.Note).HasMaxLength(1000);
    }
}

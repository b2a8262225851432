using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Cases;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Records;

namespace Volunteer.Reporting.Data;

/// <summary>What reporting produces or is told directly (digests, cases, corrections, certificates): kept across rebuilds.</summary>
internal static class ProductMapping
{
    public static void ApplyProducts(this ModelBuilder model)
    {
        model.Entity<DigestRow>(d =>
        {
            d.ToTable("digests");
            d.Property(x => x.Kind).HasMaxLength(20);
            d.Property(x => x.ScopeKey).HasMaxLength(40);
            d.Property(x => x.Trigger).HasMaxLength(12);
            d.Property(x => x.Content).HasColumnType("jsonb");
            // The claim: each version of a kind, scope and period once, whichever replica gets there first.
            d.HasIndex(x => new { x.Kind, x.ScopeKey, x.PeriodStart, x.Version }).IsUnique();
            d.HasIndex(x => new { x.PeriodStart, x.Id });
        });
        model.Entity<TypicalCaseRow>(c =>
        {
            c.ToTable("typical_cases");
            c.Ignore(x => x.IsPublic);
            c.HasIndex(x => x.ActivityId).IsUnique();
            // Request ids are the client's: unique only within the union the edge authorized.
            c.HasIndex(x => new { x.UnionId, x.RequestId }).IsUnique();
            c.HasIndex(x => new { x.MarkedAt, x.Id });
        });
        model.Entity<CorrectionRow>(c =>
        {
            c.ToTable("record_corrections");
            c.Property(x => x.Status).HasMaxLength(12);
            // Request ids are the client's: unique only per volunteer, whom the edge authorized.
            c.HasIndex(x => new { x.VolunteerId, x.RequestId }).IsUnique();
            c.HasIndex(x => new { x.VolunteerId, x.RequestedAt, x.Id });
        });
        model.Entity<CertificateRow>(c =>
        {
            c.ToTable("certificates");
            c.HasKey(x => x.Number);
            c.Property(x => x.Number).HasMaxLength(24);
            c.Property(x => x.RevocationReason).HasMaxLength(500);
            c.HasIndex(x => new { x.VolunteerId, x.RequestId }).IsUnique();
        });
    }
}

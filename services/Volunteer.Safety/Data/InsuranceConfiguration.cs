using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Safety.Expiry;
using Volunteer.Safety.Insurance;

namespace Volunteer.Safety.Data;

internal sealed class InsuranceConfiguration :
    IEntityTypeConfiguration<Policy>, IEntityTypeConfiguration<InsuredPeriod>,
    IEntityTypeConfiguration<PolicyExpiryNotice>, IEntityTypeConfiguration<PolicyRevision>
{
    public void Configure(EntityTypeBuilder<Policy> policy)
    {
        policy.ToTable("policies");
        policy.HasKey(p => p.Id);
        policy.Property(p => p.Id).ValueGeneratedNever();
        policy.Property(p => p.Insurer).HasMaxLength(100);
        policy.Property(p => p.PolicyNumber).HasMaxLength(60);
        policy.Property(p => p.Product).HasMaxLength(100);
        policy.Property(p => p.Territory).HasMaxLength(100);
        policy.Property(p => p.RequestId).HasMaxLength(100);
        foreach (var limit in new[] { nameof(Policy.DeathDisabilityLimit), nameof(Policy.MedicalLimit), nameof(Policy.MedicalDeductible), nameof(Policy.ThirdPartyLiabilityLimit) })
        {
            policy.Property<decimal>(limit).HasPrecision(14, 2);
        }

        // The same number at the same insurer is the same policy, whoever registers it.
        policy.HasIndex(p => new { p.Insurer, p.PolicyNumber }).IsUnique();
        // A request id is the caller's key within the holder union: another union's equal key is another policy.
        policy.HasIndex(p => new { p.HolderUnionId, p.RequestId }).IsUnique().HasFilter("request_id is not null");
        policy.HasIndex(p => p.CoversTo);
    }

    public void Configure(EntityTypeBuilder<PolicyRevision> revision)
    {
        revision.ToTable("policy_revisions");
        // Two updates from the same revision insert the same key: the later one is run again and sees the first.
        revision.HasKey(r => new { r.PolicyId, r.Revision });
        revision.HasOne<Policy>().WithMany().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Restrict);
        revision.Property(r => r.Terms).HasColumnType("jsonb");
        revision.Property(r => r.ChangedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<InsuredPeriod> insured)
    {
        insured.ToTable("insured_periods");
        insured.HasKey(i => i.Id);
        insured.Property(i => i.Id).ValueGeneratedNever();
        insured.HasOne<Policy>().WithMany().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Restrict);
        insured.HasIndex(i => new { i.PolicyId, i.Id });
        insured.HasIndex(i => new { i.VolunteerId, i.From });
        insured.HasIndex(i => new { i.PolicyId, i.VolunteerId, i.From, i.To }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PolicyExpiryNotice> notice)
    {
        notice.ToTable("policy_expiry_notices");
        notice.HasKey(n => new { n.PolicyId, n.CoversTo, n.HorizonDays });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Plans;

namespace Volunteer.Safety.Data;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<SafetyPlan>
{
    public void Configure(EntityTypeBuilder<SafetyPlan> plan)
    {
        plan.ToTable("safety_plans");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Id).ValueGeneratedNever();
        plan.HasIndex(p => p.ActivityId).IsUnique();
        plan.HasOne<KnownActivity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Restrict);
        plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.ResponsibleName).HasMaxLength(50);
        plan.Property(p => p.ResponsibleRole).HasMaxLength(50);
        plan.Property(p => p.FacilityName).HasMaxLength(100);
        plan.Property(p => p.FacilityAddress).HasMaxLength(200);
        plan.Property(p => p.FacilityPhone).HasMaxLength(20);
        plan.Property(p => p.Author).HasMaxLength(100);
        plan.Property(p => p.Approver).HasMaxLength(100);
        plan.Property(p => p.ReturnReason).HasMaxLength(1000);
        plan.OwnsMany(p => p.EmergencyContacts, contact => contact.ToJson());
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Plans;

namespace Volunteer.Safety.Data;

internal sealed class PlanContactRevealConfiguration : IEntityTypeConfiguration<PlanContactReveal>
{
    public void Configure(EntityTypeBuilder<PlanContactReveal> reveal)
    {
        reveal.ToTable("plan_contact_reveals");
        reveal.HasKey(r => r.Id);
        reveal.Property(r => r.Id).ValueGeneratedNever();
        reveal.HasIndex(r => new { r.ActivityId, r.Id });
        reveal.HasOne<KnownActivity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
        reveal.Property(r => r.ActorSubject).HasMaxLength(100);
        reveal.Property(r => r.ActorRole).HasMaxLength(30);
        reveal.Property(r => r.Reason).HasMaxLength(500);
    }
}

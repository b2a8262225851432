using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Recipients;

namespace Volunteer.Notifications.Data;

internal sealed class ReadModelConfiguration :
    IEntityTypeConfiguration<HeldGrant>, IEntityTypeConfiguration<TeamMember>, IEntityTypeConfiguration<KnownActivity>
{
    public void Configure(EntityTypeBuilder<HeldGrant> grant)
    {
        grant.ToTable("grants");
        grant.HasKey(g => g.GrantId);
        grant.Property(g => g.GrantId).ValueGeneratedNever();
        grant.Property(g => g.Subject).HasMaxLength(100);
        grant.Property(g => g.Role).HasMaxLength(40);
        grant.HasIndex(g => new { g.Role, g.UnionId });
    }

    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.ToTable("team_members");
        member.HasKey(m => new { m.TeamId, m.VolunteerId });
    }

    public void Configure(EntityTypeBuilder<KnownActivity> activity)
    {
        activity.ToTable("activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Name).HasMaxLength(200);
        activity.HasIndex(a => a.EndsOn).HasFilter("not recorded and not cancelled and not overdue_notified");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Volunteers;

namespace Volunteer.Safety.Data;

internal sealed class ActivityConfiguration :
    IEntityTypeConfiguration<KnownActivity>, IEntityTypeConfiguration<Participation>,
    IEntityTypeConfiguration<KnownVolunteer>, IEntityTypeConfiguration<SafetyTraining>,
    IEntityTypeConfiguration<TeamCaptaincy>
{
    public void Configure(EntityTypeBuilder<KnownActivity> activity)
    {
        activity.ToTable("activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Name).HasMaxLength(200);
        activity.Property(a => a.Version).IsRowVersion();
    }

    public void Configure(EntityTypeBuilder<Participation> participation)
    {
        participation.ToTable("participations");
        participation.HasKey(p => new { p.ActivityId, p.VolunteerId });
        participation.HasIndex(p => p.VolunteerId);
    }

    public void Configure(EntityTypeBuilder<TeamCaptaincy> captaincy)
    {
        captaincy.ToTable("team_captaincies");
        captaincy.HasKey(c => new { c.TeamId, c.VolunteerId });
        captaincy.HasIndex(c => c.VolunteerId);
    }

    public void Configure(EntityTypeBuilder<KnownVolunteer> volunteer)
    {
        volunteer.ToTable("volunteers");
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).ValueGeneratedNever();
        volunteer.Property(v => v.Name).HasMaxLength(50);
    }

    public void Configure(EntityTypeBuilder<SafetyTraining> training)
    {
        training.ToTable("safety_trainings");
        training.HasKey(t => t.Id);
        training.Property(t => t.Id).ValueGeneratedNever();
        training.Property(t => t.Kind).HasMaxLength(20);
        training.HasIndex(t => t.VolunteerId);
    }
}

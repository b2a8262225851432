using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Roster.Reach;

namespace Volunteer.Roster.Data;

/// <summary>Tables of roster's view of activities, learnt from activity's events.</summary>
internal sealed class ParticipationConfiguration :
    IEntityTypeConfiguration<ParticipatedActivity>, IEntityTypeConfiguration<ActivityParticipant>
{
    public void Configure(EntityTypeBuilder<ParticipatedActivity> activity)
    {
        activity.ToTable("participated_activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<ActivityParticipant> participant)
    {
        participant.ToTable("activity_participants");
        participant.HasKey(p => new { p.ActivityId, p.VolunteerId });
    }
}

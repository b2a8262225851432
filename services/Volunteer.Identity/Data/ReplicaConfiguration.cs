using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteer.Identity.Replicas;

namespace Volunteer.Identity.Data;

/// <summary>Roster's teams and volunteers, as far as grants and account links need them.</summary>
internal sealed class ReplicaConfiguration :
    IEntityTypeConfiguration<KnownTeam>, IEntityTypeConfiguration<KnownVolunteer>
{
    public void Configure(EntityTypeBuilder<KnownTeam> builder)
    {
        builder.ToTable("known_teams");
        builder.Property(t => t.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<KnownVolunteer> builder)
    {
        builder.ToTable("known_volunteers");
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Commendation;

namespace Volunteer.Reporting.Data;

/// <summary>Nominations and publications: decisions people made, kept across read-model rebuilds.</summary>
internal static class NominationTableMapping
{
    public static void ApplyCommendation(this ModelBuilder model)
    {
        model.Entity<NominationRow>(n =>
        {
            n.ToTable("nominations");
            n.Property(x => x.SubjectName).HasMaxLength(200);
            n.Property(x => x.Reason).HasMaxLength(500);
            n.Property(x => x.DecisionReason).HasMaxLength(500);
            n.Property(x => x.Status).HasMaxLength(12);
            n.Property(x => x.RequestId).HasMaxLength(100);
            n.Property(x => x.Version).IsRowVersion();
            // One live nomination per team or person, year and kind; a withdrawn one makes room for another.
            n.HasIndex(x => new { x.SubjectId, x.CampaignYear, x.Team }).IsUnique()
                .HasFilter("status <> 'withdrawn'");
            // Request ids are the client's: unique only per team or person, whom the edge authorized.
            n.HasIndex(x => new { x.SubjectId, x.RequestId }).IsUnique();
            n.HasIndex(x => new { x.CampaignYear, x.Status });
        });
        model.Entity<PublicationRow>(p =>
        {
            p.ToTable("commendation_publications");
            p.Property(x => x.RequestId).HasMaxLength(100);
            p.HasIndex(x => x.RequestId).IsUnique();
            // Two publications racing for one year's next version: the loser retries and finds its place.
            p.HasIndex(x => new { x.CampaignYear, x.Version }).IsUnique();
        });
    }
}

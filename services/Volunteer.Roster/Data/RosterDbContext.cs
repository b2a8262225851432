using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;
using Volunteer.Roster.Disclosures;
using Volunteer.Roster.Reach;
using Volunteer.Roster.Records;
using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;

namespace Volunteer.Roster.Data;

/// <summary>The roster service's own database ("rosterdb"); no other service reads it.</summary>
public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : DbContext(options)
{
    public DbSet<Union> Unions => Set<Union>();

    public DbSet<StaffVolunteer> Volunteers => Set<StaffVolunteer>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Award> Awards => Set<Award>();

    public DbSet<TeamAward> TeamAwards => Set<TeamAward>();

    public DbSet<ParticipatedActivity> ParticipatedActivities => Set<ParticipatedActivity>();

    public DbSet<ActivityParticipant> ActivityParticipants => Set<ActivityParticipant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Union>(union =>
        {
            union.HasKey(u => u.Id);
            union.Property(u => u.Path).HasMaxLength(400);
            union.Property(u => u.Name).HasMaxLength(100);
            union.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
            union.Property(u => u.RegionCode).HasMaxLength(6).IsFixedLength();
            union.Property(u => u.ContactName).HasMaxLength(50);
            union.Property(u => u.ContactPhone).HasMaxLength(20);
            union.Property(u => u.RequestId).HasMaxLength(100);
            union.Property(u => u.SecondOfLevelReason).HasMaxLength(UnionRules.SecondOfLevelReasonMaxLength);
            union.HasIndex(u => u.Path).HasOperators("text_pattern_ops");
            union.HasIndex(u => new { u.RegionCode, u.Id });
            // Replays are found under the parent the edge authorized (the root's is covered by the index below).
            union.HasIndex(u => new { u.ParentId, u.RequestId }).IsUnique().HasFilter("request_id is not null");
            // At most one provincial union, enforced where concurrent creates cannot slip past.
            union.HasIndex(u => u.Kind).IsUnique().HasFilter("kind = 'Provincial'").HasDatabaseName("ix_unions_single_provincial");
            union.HasOne<Union>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StaffVolunteer>(volunteer =>
        {
            volunteer.ToTable("staff_volunteers");
            volunteer.HasKey(v => v.Id);
            volunteer.HasOne<Union>().WithMany().HasForeignKey(v => v.UnionId).OnDelete(DeleteBehavior.Restrict);
            volunteer.Property(v => v.UnionPath).HasMaxLength(400);
            volunteer.Property(v => v.ConsentWithdrawalReason).HasMaxLength(500);
            volunteer.Property(v => v.VettingRevocationReason).HasMaxLength(500);
            volunteer.Property(v => v.Name).HasMaxLength(50);
            volunteer.Property(v => v.IdType).HasConversion<string>().HasMaxLength(20);
            volunteer.Property(v => v.Gender).HasConversion<string>().HasMaxLength(12);
            volunteer.Property(v => v.Vetting).HasConversion<string>().HasMaxLength(12);
            volunteer.Property(v => v.IdNumberMasked).HasMaxLength(40);
            volunteer.Property(v => v.PhoneMasked).HasMaxLength(20);
            volunteer.Property(v => v.EmergencyContactPhoneMasked).HasMaxLength(20);
            volunteer.Property(v => v.RequestId).HasMaxLength(100);
            volunteer.Property(v => v.NationalVolunteerNumber).HasMaxLength(40);
            volunteer.Property(v => v.EmergencyContactName).HasMaxLength(50);
            volunteer.Property(v => v.EmergencyContactRelationship).HasMaxLength(20);
            // One registration per person, found without decrypting anything.
            volunteer.HasIndex(v => v.IdNumberLookupHash).IsUnique();
            volunteer.HasIndex(v => new { v.UnionId, v.RequestId }).IsUnique().HasFilter("request_id is not null");
            volunteer.HasIndex(v => v.UnionPath).HasOperators("text_pattern_ops");
            volunteer.HasIndex(v => v.Skills).HasMethod("gin");
            volunteer.HasIndex(v => new { v.Vetting, v.Id });
            volunteer.HasMany(v => v.Honours).WithOne().HasForeignKey(h => h.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VolunteerHonour>(honour =>
        {
            honour.ToTable("volunteer_honours");
            honour.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
            honour.Property(h => h.Level).HasMaxLength(20);
            honour.HasIndex(h => new { h.Kind, h.VolunteerId });
        });
        modelBuilder.Entity<Team>(team =>
        {
            team.HasKey(t => t.Id);
            team.HasOne<Union>().WithMany().HasForeignKey(t => t.UnionId).OnDelete(DeleteBehavior.Restrict);
            team.Property(t => t.UnionPath).HasMaxLength(400);
            team.Property(t => t.Name).HasMaxLength(100);
            team.Property(t => t.Specialty).HasConversion<string>().HasMaxLength(20);
            team.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            team.Property(t => t.RequestId).HasMaxLength(100);
            team.Ignore(t => t.CurrentMembers);
            team.HasIndex(t => t.UnionPath).HasOperators("text_pattern_ops");
            team.HasIndex(t => new { t.UnionId, t.RequestId }).IsUnique().HasFilter("request_id is not null");
            team.HasMany(t => t.Memberships).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TeamMembership>(membership =>
        {
            membership.ToTable("team_memberships");
            membership.Property(m => m.VolunteerName).HasMaxLength(50);
            membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            membership.HasOne<StaffVolunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            membership.HasIndex(m => new { m.VolunteerId, m.TeamId });
            // One current membership per volunteer and team; past ones stay as history.
            membership.HasIndex(m => new { m.TeamId, m.VolunteerId }).IsUnique().HasFilter("left_on is null");
        });
        modelBuilder.Entity<Training>(training =>
        {
            training.HasOne<StaffVolunteer>().WithMany().HasForeignKey(t => t.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            training.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            training.Property(t => t.Name).HasMaxLength(100);
            training.Property(t => t.Content).HasMaxLength(1000);
            training.Property(t => t.Hours).HasPrecision(5, 1);
            training.Property(t => t.Organiser).HasMaxLength(100);
            training.Property(t => t.RequestId).HasMaxLength(100);
            training.HasIndex(t => new { t.VolunteerId, t.Date });
            training.HasIndex(t => new { t.VolunteerId, t.RequestId }).IsUnique().HasFilter("request_id is not null");
        });
        modelBuilder.Entity<Award>(award =>
        {
            award.HasOne<StaffVolunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            award.Property(a => a.Name).HasMaxLength(100);
            award.Property(a => a.GrantingBody).HasMaxLength(100);
            award.Property(a => a.RequestId).HasMaxLength(100);
            award.HasIndex(a => new { a.VolunteerId, a.Date });
            award.HasIndex(a => new { a.VolunteerId, a.RequestId }).IsUnique().HasFilter("request_id is not null");
        });
        modelBuilder.Entity<TeamAward>(award =>
        {
            award.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
            award.Property(a => a.Name).HasMaxLength(100);
            award.Property(a => a.GrantingBody).HasMaxLength(100);
            award.HasIndex(a => new { a.TeamId, a.Date });
            award.HasIndex(a => a.NominationId).IsUnique();
        });
        modelBuilder.Entity<Disclosure>(disclosure =>
        {
            disclosure.HasKey(d => d.Id);
            disclosure.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
            disclosure.Property(d => d.Format).HasConversion<string>().HasMaxLength(8);
            disclosure.Property(d => d.ActorSubject).HasMaxLength(100);
            disclosure.Property(d => d.ActorRole).HasMaxLength(30);
            disclosure.Property(d => d.UnionPath).HasMaxLength(400);
            disclosure.HasIndex(d => d.UnionPath).HasOperators("text_pattern_ops");
            disclosure.HasIndex(d => new { d.VolunteerId, d.At });
            disclosure.Property(d => d.Reason).HasMaxLength(500);
        });
        modelBuilder.ApplyConfiguration<ParticipatedActivity>(new ParticipationConfiguration());
        modelBuilder.ApplyConfiguration<ActivityParticipant>(new ParticipationConfiguration());
    }
}

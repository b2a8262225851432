using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.History;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Volunteer.Messaging;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Data;

/// <summary>The activity service's own database ("activitydb"); no other service reads it.</summary>
public sealed class ActivityDbContext(DbContextOptions<ActivityDbContext> options) : DbContext(options)
{
    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Need> Needs => Set<Need>();

    public DbSet<KnownTeam> Teams => Set<KnownTeam>();

    public DbSet<KnownVolunteer> Volunteers => Set<KnownVolunteer>();

    public DbSet<ServiceActivity> Activities => Set<ServiceActivity>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<ActivityInterest> Interests => Set<ActivityInterest>();

    public DbSet<AttendanceDay> Attendance => Set<AttendanceDay>();

    public DbSet<VolunteerDay> VolunteerDays => Set<VolunteerDay>();

    public DbSet<EditRecord> Edits => Set<EditRecord>();

    // A create RPC's request_id is the client's key within the union it acts for: a repeat is looked
    // for there only, so another union's record is never returned for a guessed key.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.AddUnionTree();
        modelBuilder.Entity<Site>(site =>
        {
            site.Property(s => s.Name).HasMaxLength(100);
            site.Property(s => s.RegionCode).HasMaxLength(6);
            site.Property(s => s.RequestId).HasMaxLength(100);
            site.HasIndex(s => new { s.UnionId, s.RequestId }).IsUnique().HasFilter("request_id is not null");
            site.HasIndex(s => new { s.UnionId, s.Id });
            site.Property(s => s.Version).IsRowVersion();
        });
        modelBuilder.Entity<Need>(need =>
        {
            need.Property(n => n.Title).HasMaxLength(100);
            need.Property(n => n.RequestId).HasMaxLength(100);
            need.HasIndex(n => new { n.UnionId, n.RequestId }).IsUnique().HasFilter("request_id is not null");
            need.HasOne<Site>().WithMany().HasForeignKey(n => n.SiteId).OnDelete(DeleteBehavior.Restrict);
            need.Property(n => n.Version).IsRowVersion();
        });
        modelBuilder.Entity<KnownTeam>(team =>
        {
            team.ToTable("known_teams");
            team.Property(t => t.Id).ValueGeneratedNever();
            team.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId);
            team.HasIndex(t => t.UnionId);
            team.Ignore(t => t.CurrentMembers);
        });
        modelBuilder.Entity<KnownTeamMember>(member =>
        {
            member.ToTable("known_team_members");
            member.HasIndex(m => new { m.VolunteerId, m.TeamId }).IsUnique();
        });
        modelBuilder.Entity<KnownVolunteer>(volunteer =>
        {
            volunteer.ToTable("known_volunteers");
            volunteer.Property(v => v.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<ServiceActivity>(activity =>
        {
            activity.ToTable("activities");
            activity.Property(a => a.Name).HasMaxLength(100);
            activity.Property(a => a.RequestId).HasMaxLength(100);
            activity.HasIndex(a => new { a.UnionId, a.RequestId }).IsUnique().HasFilter("request_id is not null");
            activity.HasIndex(a => new { a.UnionId, a.Id });
            activity.HasIndex(a => a.TeamIds).HasMethod("gin");
            activity.HasIndex(a => new { a.RecordDueOn, a.Id }).HasFilter("status not in (7, 8)");
            activity.OwnsOne(a => a.Clearance, clearance =>
            {
                clearance.ToJson();
                clearance.OwnsMany(c => c.Reasons);
            });
            activity.OwnsOne(a => a.Outcomes, outcomes =>
            {
                outcomes.ToJson();
                outcomes.OwnsMany(o => o.Beneficiaries);
                outcomes.OwnsMany(o => o.Donations);
                outcomes.OwnsMany(o => o.Spending);
            });
            activity.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId);
            activity.Ignore(a => a.Online);
            activity.Property(a => a.Version).IsRowVersion();
        });
        modelBuilder.Entity<Participant>(participant =>
        {
            participant.HasKey(p => new { p.ActivityId, p.VolunteerId });
            participant.HasIndex(p => new { p.VolunteerId, p.ActivityId });
        });
        modelBuilder.Entity<ActivityInterest>(interest =>
        {
            interest.ToTable("activity_interests");
            interest.HasKey(i => new { i.ActivityId, i.VolunteerId });
            interest.Property(i => i.Note).HasMaxLength(500);
            interest.HasOne<ServiceActivity>().WithMany().HasForeignKey(i => i.ActivityId);
        });
        modelBuilder.Entity<AttendanceDay>(day =>
        {
            day.ToTable("attendance_days");
            day.HasIndex(d => new { d.ActivityId, d.VolunteerId, d.Day }).IsUnique();
            day.HasIndex(d => new { d.VolunteerId, d.Day });
            day.Property(d => d.Hours).HasPrecision(5, 2);
            day.HasMany(d => d.Corrections).WithOne().HasForeignKey(c => c.AttendanceId);
        });
        modelBuilder.Entity<VolunteerDay>(day =>
        {
            day.ToTable("volunteer_days");
            day.HasKey(d => new { d.VolunteerId, d.Day });
            day.Property(d => d.Version).IsRowVersion();
        });
        modelBuilder.Entity<EditRecord>(edit =>
        {
            edit.ToTable("edits");
            edit.Property(e => e.ResourceType).HasMaxLength(60);
            edit.Property(e => e.Editor).HasMaxLength(200);
            edit.Property(e => e.EditorRole).HasMaxLength(40);
            edit.HasIndex(e => new { e.ResourceId, e.Id });
            edit.OwnsMany(e => e.Changes, changes => changes.ToJson());
        });
        modelBuilder.Entity<AttendanceCorrection>(correction =>
        {
            correction.ToTable("attendance_corrections");
            correction.Property(c => c.Hours).HasPrecision(5, 2);
        });
    }
}

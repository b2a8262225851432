using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;
using Volunteer.Reporting.Cases;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.ReadModels;
using Volunteer.Reporting.Records;
using Volunteer.UnionTree;

namespace Volunteer.Reporting.Data;

/// <summary>The reporting service's read models ("reportingdb"), built only from events, and what it produces from them.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<KnownService> KnownServices => Set<KnownService>();

    public DbSet<ProjectedEvent> ProjectedEvents => Set<ProjectedEvent>();

    public DbSet<UnionNode> Unions => Set<UnionNode>();

    public DbSet<UnionTarget> UnionTargets => Set<UnionTarget>();

    public DbSet<TeamRow> Teams => Set<TeamRow>();

    public DbSet<TeamMemberRow> TeamMembers => Set<TeamMemberRow>();

    public DbSet<VolunteerRow> Volunteers => Set<VolunteerRow>();

    public DbSet<TrainingRow> Trainings => Set<TrainingRow>();

    public DbSet<AwardRow> Awards => Set<AwardRow>();

    public DbSet<SiteRow> Sites => Set<SiteRow>();

    public DbSet<NeedRow> Needs => Set<NeedRow>();

    public DbSet<ActivityRow> Activities => Set<ActivityRow>();

    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();

    public DbSet<AttendanceRow> Attendance => Set<AttendanceRow>();

    public DbSet<ServiceLine> ServiceLines => Set<ServiceLine>();

    public DbSet<AttendanceTotal> AttendanceTotals => Set<AttendanceTotal>();

    public DbSet<DonationRow> Donations => Set<DonationRow>();

    public DbSet<SpendingRow> Spending => Set<SpendingRow>();

    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();

    public DbSet<PolicyRow> Policies => Set<PolicyRow>();

    public DbSet<InsuredRow> Insured => Set<InsuredRow>();

    public DbSet<DigestRow> Digests => Set<DigestRow>();

    public DbSet<TypicalCaseRow> TypicalCases => Set<TypicalCaseRow>();

    public DbSet<CorrectionRow> Corrections => Set<CorrectionRow>();

    public DbSet<CertificateRow> Certificates => Set<CertificateRow>();

    public DbSet<NominationRow> Nominations => Set<NominationRow>();

    public DbSet<PublicationRow> Publications => Set<PublicationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.AddUnionTree();
        modelBuilder.Entity<KnownService>(entity =>
        {
            entity.ToTable("known_services");
            entity.HasKey(s => s.InstanceId);
            entity.Property(s => s.InstanceId).HasMaxLength(64);
            entity.Property(s => s.ServiceName).HasMaxLength(64);
            entity.Property(s => s.Version).HasMaxLength(128);
            entity.HasIndex(s => s.LastAnnouncedAt);
        });
        modelBuilder.Entity<ProjectedEvent>(entity =>
        {
            entity.HasKey(e => e.Sequence);
            entity.Property(e => e.Sequence).UseIdentityAlwaysColumn();
            entity.Property(e => e.Type).HasMaxLength(64);
            entity.Property(e => e.Payload).HasColumnType("jsonb");
        });
        modelBuilder.ApplyReadModels();
        modelBuilder.ApplyTotals();
        modelBuilder.ApplyProducts();
        modelBuilder.ApplyCommendation();
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Expiry;
using Volunteer.Safety.Incidents;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.Safety.Volunteers;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Data;

/// <summary>The safety service's own database ("safetydb"); no other service reads it.</summary>
public sealed class SafetyDbContext(DbContextOptions<SafetyDbContext> options) : DbContext(options)
{
    public DbSet<KnownActivity> Activities => Set<KnownActivity>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<KnownVolunteer> Volunteers => Set<KnownVolunteer>();

    public DbSet<SafetyTraining> SafetyTrainings => Set<SafetyTraining>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<InsuredPeriod> InsuredPeriods => Set<InsuredPeriod>();

    public DbSet<SafetyPlan> Plans => Set<SafetyPlan>();

    public DbSet<PlanContactReveal> PlanContactReveals => Set<PlanContactReveal>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<PolicyExpiryNotice> ExpiryNotices => Set<PolicyExpiryNotice>();

    public DbSet<PolicyRevision> PolicyRevisions => Set<PolicyRevision>();

    public DbSet<TeamCaptaincy> TeamCaptaincies => Set<TeamCaptaincy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.AddUnionTree();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SafetyDbContext).Assembly);
    }
}

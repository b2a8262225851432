using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Data;

/// <summary>Keys and indexes of the read models (rebuilt by replay, so they hold no foreign keys).</summary>
public static class ReadModelMapping
{
    /// <summary>
    /// The tables only projections write, which a rebuild empties before replaying; union_nodes is the shared
    /// tree, projected from UnionRegistered too.
    /// </summary>
    public static readonly string[] Tables =
    [
        "union_nodes", "union_targets", "teams", "team_members", "volunteers", "trainings", "awards", "sites", "needs",
        "activities", "participants", "attendance", "service_lines", "donations", "spending", "incidents", "policies",
        "insured", "attendance_totals", "served_years", "served_years_everywhere",
    ];

    public static void ApplyReadModels(this ModelBuilder model)
    {
        model.Entity<UnionTarget>().HasKey(t => t.UnionId);
        model.Entity<TeamRow>(t =>
        {
            t.ToTable("teams");
            t.HasIndex(x => x.UnionId);
        });
        model.Entity<TeamMemberRow>(m =>
        {
            m.ToTable("team_members");
            m.HasKey(x => new { x.TeamId, x.VolunteerId });
            m.HasIndex(x => x.VolunteerId);
        });
        model.Entity<VolunteerRow>(v =>
        {
            v.ToTable("volunteers");
            v.HasIndex(x => x.UnionId);
        });
        model.Entity<TrainingRow>(t =>
        {
            t.ToTable("trainings");
            t.HasIndex(x => x.VolunteerId);
        });
        model.Entity<AwardRow>(a =>
        {
            a.ToTable("awards");
            a.HasIndex(x => x.VolunteerId);
        });
        model.Entity<SiteRow>().ToTable("sites");
        model.Entity<NeedRow>().ToTable("needs");
        model.Entity<ActivityRow>(a =>
        {
            a.ToTable("activities");
            a.HasIndex(x => new { x.UnionId, x.StartsOn });
            a.HasIndex(x => x.StartsOn);
            a.HasIndex(x => new { x.Status, x.EndsOn });
        });
        model.Entity<ParticipantRow>(p =>
        {
            p.ToTable("participants");
            p.HasKey(x => new { x.ActivityId, x.VolunteerId });
        });
        model.Entity<AttendanceRow>(a =>
        {
            a.ToTable("attendance");
            a.Ignore(x => x.Counts);
            a.HasIndex(x => x.ActivityId);
            a.HasIndex(x => new { x.UnionId, x.Day });
            a.HasIndex(x => x.Day);
            // The days a volunteer served are counted again from here whenever one of them changes.
            a.HasIndex(x => new { x.VolunteerId, x.Day });
        });
        model.Entity<ServiceLine>(s =>
        {
            s.ToTable("service_lines");
            s.HasKey(x => new { x.ActivityId, x.VolunteerId, x.Day });
            s.HasIndex(x => new { x.VolunteerId, x.Day });
            s.HasIndex(x => x.Day);
        });
        model.Entity<DonationRow>(d =>
        {
            d.ToTable("donations");
            d.HasKey(x => new { x.ActivityId, x.Line });
        });
        model.Entity<SpendingRow>(s =>
        {
            s.ToTable("spending");
            s.HasKey(x => new { x.ActivityId, x.Line });
        });
        model.Entity<IncidentRow>(i =>
        {
            i.ToTable("incidents");
            i.HasIndex(x => x.ActivityId);
        });
        model.Entity<PolicyRow>().ToTable("policies");
        model.Entity<InsuredRow>(i =>
        {
            i.ToTable("insured");
            i.HasKey(x => new { x.PolicyId, x.VolunteerId, x.From });
        });
    }
}

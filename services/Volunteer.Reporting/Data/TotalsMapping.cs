using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Data;

/// <summary>
/// Totals the database keeps from the read-model rows (triggers of migrations AttendanceTotals and
/// TotalsAtCommit, recounting as a transaction commits); nothing in the service writes them, and a rebuild
/// empties them with the rows they follow.
/// </summary>
internal static class TotalsMapping
{
    public static void ApplyTotals(this ModelBuilder model)
    {
        model.Entity<AttendanceTotal>(t =>
        {
            t.ToTable("attendance_totals");
            t.HasKey(x => new { x.ActivityId, x.Day, x.UnionId, x.TeamId });
            t.HasIndex(x => x.Day).IncludeProperties(x => new { x.UnionId, x.Hours });
            // Read in team order, each team's activities told apart without sorting the period's rows.
            t.HasIndex(x => new { x.TeamId, x.Day }).IncludeProperties(x => new { x.UnionId, x.ActivityId, x.Hours });
        });
        model.Entity<ServedYear>(s =>
        {
            s.ToTable("served_years");
            s.HasKey(x => new { x.Year, x.UnionId, x.VolunteerId });
            s.Property(x => x.Days).HasColumnType($"bit({ServedYear.DaysInYear})");
        });
        model.Entity<ServedYearEverywhere>(s =>
        {
            s.ToTable("served_years_everywhere");
            s.HasKey(x => new { x.Year, x.VolunteerId });
            s.Property(x => x.Days).HasColumnType($"bit({ServedYear.DaysInYear})");
        });
    }
}

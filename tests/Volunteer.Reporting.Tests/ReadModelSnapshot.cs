using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// The read-model rows of one <see cref="ProjectionWorld"/> as sorted lines of JSON with its ids replaced
/// by their names, so that two worlds built from the same events compare equal.
/// </summary>
internal static class ReadModelSnapshot
{
    public static async Task<string[]> OfAsync(ReportingServiceHost host, ProjectionWorld world)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var (union, teams, activities) = (world.Union, world.Teams.ToList(), world.Activities.ToList());
        object[] rows =
        [
            .. await db.Unions.AsNoTracking().Where(u => u.Id == union).ToListAsync(),
            .. await db.Volunteers.AsNoTracking().Where(v => v.UnionId == union).ToListAsync(),
            .. await db.Teams.AsNoTracking().Where(t => t.UnionId == union).ToListAsync(),
            .. await db.TeamMembers.AsNoTracking().Where(m => teams.Contains(m.TeamId)).ToListAsync(),
            .. await db.Activities.AsNoTracking().Where(a => a.UnionId == union).ToListAsync(),
            .. await db.Participants.AsNoTracking().Where(p => activities.Contains(p.ActivityId)).ToListAsync(),
            .. await db.Attendance.AsNoTracking().Where(a => a.UnionId == union).ToListAsync(),
            .. await db.ServiceLines.AsNoTracking().Where(l => l.UnionId == union).ToListAsync(),
            .. await db.Donations.AsNoTracking().Where(d => activities.Contains(d.ActivityId)).ToListAsync(),
        ];
        return [.. rows.Select(row => Named(row, world)).Order(StringComparer.Ordinal)];
    }

    private static string Named(object row, ProjectionWorld world) =>
        world.Names.Aggregate($"{row.GetType().Name} {JsonSerializer.Serialize(row, row.GetType())}",
            (text, id) => text.Replace(id.Key.ToString(), id.Value, StringComparison.OrdinalIgnoreCase));
}

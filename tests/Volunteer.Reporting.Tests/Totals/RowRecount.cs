using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Tests.Totals;

/// <summary>
/// The figures the totals stand for, recounted straight from the attendance, participant and service line
/// rows as they were counted before the totals existed: what the totals must always equal.
/// </summary>
internal static class RowRecount
{
    public static async Task<(decimal Hours, Dictionary<Guid, decimal> ByUnion, int People, List<TeamLine> Teams)>
        OfAsync(ReportingDbContext db, ReportScope scope, ReportPeriod period)
    {
        var ids = scope.Unions?.ToList();
        var everywhere = ids is null;
        var counted = db.Attendance.Where(a => (everywhere || ids!.Contains(a.UnionId))
            && a.Day >= period.Start && a.Day <= period.End && (a.HoursStatus == "counted" || a.Approved));
        var lines = db.ServiceLines.Where(l => (everywhere || ids!.Contains(l.UnionId))
            && l.Day >= period.Start && l.Day <= period.End);
        var byUnion = await counted.GroupBy(a => a.UnionId).ToDictionaryAsync(g => g.Key, g => g.Sum(a => a.Hours));
        var people = await counted.Select(a => a.VolunteerId).Union(lines.Select(l => l.VolunteerId)).CountAsync();
        var unionNames = await db.Unions.ToDictionaryAsync(u => u.Id, u => u.Name);
        var teams = await counted
            .Join(db.Participants, a => new { a.ActivityId, a.VolunteerId }, p => new { p.ActivityId, p.VolunteerId },
                (a, p) => new { p.TeamId, a.ActivityId, a.Hours })
            .Where(x => x.TeamId != null)
            .GroupBy(x => x.TeamId)
            .Select(g => new
            {
                TeamId = g.Key!.Value, Hours = g.Sum(x => x.Hours),
                Activities = g.Select(x => x.ActivityId).Distinct().Count(),
            })
            .Join(db.Teams, x => x.TeamId, t => t.Id,
                (x, t) => new { x.TeamId, t.Name, t.UnionId, x.Hours, x.Activities })
            .ToListAsync();
        return (byUnion.Values.Sum(), byUnion, people,
            [.. teams.OrderByDescending(t => t.Hours).ThenBy(t => t.TeamId).Take(5)
                .Select(t => new TeamLine(t.Name, unionNames[t.UnionId], t.Hours, t.Activities))]);
    }
}

using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Loads, for a batch of events, every read-model row keyed by (or starting with) an id the events carry:
/// one query per table instead of one per event, after which the projections find their rows, or learn
/// that there are none, in the change tracker.
/// </summary>
internal static class ProjectionPreload
{
    private static readonly Dictionary<Type, PropertyInfo[]> IdProperties = ProjectedEventTypes.All.ToDictionary(
        type => type, type => type.GetProperties().Where(p => p.PropertyType == typeof(Guid)).ToArray());

    /// <summary>Loads the rows; until disposed, RowLookup trusts the change tracker for these ids.</summary>
    public static async Task<IDisposable> LoadAsync(
        ReportingDbContext db, IEnumerable<object> events, CancellationToken ct)
    {
        var set = events.SelectMany(e => IdProperties[e.GetType()].Select(p => (Guid)p.GetValue(e)!)).ToHashSet();
        var ids = set.ToList();
        await db.Unions.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.UnionTargets.Where(r => ids.Contains(r.UnionId)).LoadAsync(ct);
        await db.Volunteers.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Teams.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.TeamMembers.Where(r => ids.Contains(r.TeamId)).LoadAsync(ct);
        await db.Trainings.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Awards.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Sites.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Needs.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Activities.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Participants.Where(r => ids.Contains(r.ActivityId)).LoadAsync(ct);
        await db.Attendance.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.ServiceLines.Where(r => ids.Contains(r.ActivityId)).LoadAsync(ct);
        await db.Policies.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        await db.Insured.Where(r => ids.Contains(r.PolicyId)).LoadAsync(ct);
        await db.Incidents.Where(r => ids.Contains(r.Id)).LoadAsync(ct);
        PreloadedKeys.Remember(db, set);
        return new Forgetting(db);
    }

    private sealed class Forgetting(DbContext db) : IDisposable
    {
        public void Dispose() => PreloadedKeys.Forget(db);
    }
}

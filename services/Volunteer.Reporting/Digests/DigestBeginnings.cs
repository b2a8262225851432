using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// The one rule on where a scope's digests begin, used by the schedule (which skips earlier periods) and by
/// GenerateDigest (which refuses them): on the day its root union was registered, or on the first day of an
/// activity of its unions when activities were entered for earlier days (补录, the demo campaign). A period
/// that ended before both could only show zeros. A root whose registration is not known yet has no limit.
/// </summary>
public sealed class DigestBeginnings
{
    private readonly Dictionary<Guid, DateOnly> _registeredOn;
    private readonly Dictionary<Guid, DateOnly> _firstActivityOn;

    private DigestBeginnings(Dictionary<Guid, DateOnly> registeredOn, Dictionary<Guid, DateOnly> firstActivityOn) =>
        (_registeredOn, _firstActivityOn) = (registeredOn, firstActivityOn);

    /// <summary>Reads each union's registration day and first activity day: two queries, whatever the scopes.</summary>
    public static async Task<DigestBeginnings> LoadAsync(ReportingDbContext db, CancellationToken ct)
    {
        var registered = await db.UnionTargets.AsNoTracking().Where(t => t.RegisteredAt != null)
            .Select(t => new { t.UnionId, t.RegisteredAt }).ToListAsync(ct);
        // An activity known only from events after its plan has no days yet (its StartsOn is the default).
        var firstActivities = await db.Activities.AsNoTracking().Where(a => a.StartsOn > DateOnly.MinValue)
            .GroupBy(a => a.UnionId).Select(g => new { UnionId = g.Key, First = g.Min(a => a.StartsOn) })
            .ToDictionaryAsync(g => g.UnionId, g => g.First, ct);
        return new DigestBeginnings(
            registered.ToDictionary(t => t.UnionId, t => CampaignClock.DayOf(t.RegisteredAt!.Value)), firstActivities);
    }

    /// <summary>The first day the scope's digests cover; null when there is no limit.</summary>
    public DateOnly? FirstDay(ReportScope scope)
    {
        if (scope.RootId is not { } root || !_registeredOn.TryGetValue(root, out var registered))
        {
            return null;
        }

        var activities = _firstActivityOn.Where(a => scope.Includes(a.Key)).Select(a => a.Value).ToList();
        return activities.Count > 0 && activities.Min() < registered ? activities.Min() : registered;
    }

    public bool Covers(ReportScope scope, ReportPeriod period) => FirstDay(scope) is not { } day || day <= period.End;
}

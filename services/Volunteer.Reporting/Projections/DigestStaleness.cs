using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Marks digests whose period gets records or corrections after they were produced, for the schedule to
/// produce their next version. Projections note what changed; the batch marks the digests once, at its
/// end, so consuming a batch costs one query more at most. Comparing event times with production times
/// keeps a replay from marking digests that already covered the events.
/// </summary>
public sealed class DigestStaleness(ReportingDbContext db)
{
    private readonly List<(Guid UnionId, DateOnly From, DateOnly To, DateTimeOffset At)> changes = [];

    /// <summary>Service days from..to of the union changed at the given time.</summary>
    public void Note(Guid unionId, DateOnly from, DateOnly to, DateTimeOffset at) =>
        changes.Add((unionId, from, to, at));

    public async Task MarkAsync(CancellationToken ct)
    {
        try
        {
            if (changes.Count == 0)
            {
                return;
            }

            var (first, last, latest) = (changes.Min(c => c.From), changes.Max(c => c.To), changes.Max(c => c.At));
            var digests = await db.Digests
                .Where(d => d.PeriodStart <= last && d.PeriodEnd >= first && d.ProducedAt < latest).ToListAsync(ct);
            if (digests.Count == 0)
            {
                return;
            }

            var parents = await db.Unions.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            foreach (var (unionId, from, to, at) in changes)
            {
                var scopeKeys = ScopeKeys(unionId, parents);
                foreach (var digest in digests.Where(d => scopeKeys.Contains(d.ScopeKey)
                    && d.PeriodStart <= to && d.PeriodEnd >= from
                    && d.ProducedAt < at && (d.AmendedAt is null || d.AmendedAt < at)))
                {
                    digest.AmendedAt = at;
                }
            }
        }
        finally
        {
            changes.Clear();
        }
    }

    /// <summary>The province and every union from this one up: each of their digests counts the union's days.</summary>
    private static HashSet<string> ScopeKeys(Guid unionId, Dictionary<Guid, Guid?> parents)
    {
        var keys = new HashSet<string> { DigestProducer.Province };
        for (Guid? union = unionId; union is { } id && keys.Add(id.ToString());)
        {
            union = parents.GetValueOrDefault(id);
        }

        return keys;
    }
}

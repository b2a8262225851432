using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// Produces every scheduled digest that is due and missing: province-wide and for each union directly
/// below the provincial union, for periods from where their digests begin (<see cref="DigestBeginnings"/>).
/// Run at start and at each cron time, it catches up after downtime.
/// </summary>
public sealed class DigestRunner(ReportingDbContext db, DigestSchedule schedule, ReportScopes scopes, DigestProducer producer)
{
    public const string Trigger = "schedule";

    /// <returns>How many digests this call produced (others may have been produced by another replica).</returns>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var due = schedule.Due();
        if (due.Count == 0)
        {
            return 0;
        }

        var province = await scopes.ProvinceAsync(ct);
        var scopeList = new List<ReportScope> { province };
        if (province.RootId is { } root)
        {
            foreach (var child in await db.Unions.AsNoTracking().Where(u => u.ParentId == root).OrderBy(u => u.RegionCode).Select(u => u.Id).ToListAsync(ct))
            {
                scopeList.Add(await scopes.OfUnionAsync(child, ct));
            }
        }

        // A union registered today has no digests for the weeks before it: they would be all zeros.
        var beginnings = await DigestBeginnings.LoadAsync(db, ct);

        // One query tells what exists, so a run with nothing due costs next to nothing.
        var since = due.Min(d => d.Period.Start);
        var existing = (await db.Digests.AsNoTracking().Where(d => d.PeriodStart >= since)
            .Select(d => new { d.Kind, d.ScopeKey, d.PeriodStart }).ToListAsync(ct))
            .Select(d => (d.Kind, d.ScopeKey, d.PeriodStart)).ToHashSet();
        var produced = 0;
        foreach (var (kind, period) in due)
        {
            var missing = scopeList.Where(s => !existing.Contains((kind, DigestProducer.ScopeKey(s), period.Start)));
            foreach (var scope in missing.Where(s => beginnings.Covers(s, period)))
            {
                if ((await producer.ProduceAsync(kind, scope, period, Trigger, ct)).Created)
                {
                    produced++;
                }
            }
        }

        return produced;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Whose cover a policy's change can have altered: the people enrolled on days whose cover differs between
/// the terms the change replaced (its kept revision) and the new ones. Cover reads only the period and
/// travel cover, so other changes (insurer, limits, territory) alter no one's.
/// </summary>
public sealed class CoverChange(SafetyDbContext db)
{
    public async Task<List<Guid>> VolunteersAffectedAsync(PolicyChanged change, CancellationToken cancellationToken)
    {
        var replaced = await db.PolicyRevisions.AsNoTracking()
            .Where(r => r.PolicyId == change.PolicyId && r.Revision == change.Revision - 1)
            .Select(r => r.Terms).FirstOrDefaultAsync(cancellationToken);
        var windows = replaced is null
            ? [new DayWindow(DateOnly.MinValue, DateOnly.MaxValue)]
            : DaysChanged(JsonSerializer.Deserialize<Policy>(replaced)!, change);
        if (windows.Count == 0)
        {
            return [];
        }

        // At most two windows; the second repeats the first when there is one, to keep one query shape.
        var (first, second) = (windows[0], windows[^1]);
        return await db.InsuredPeriods.Where(i => i.PolicyId == change.PolicyId
                && ((i.From <= first.To && i.To >= first.From) || (i.From <= second.To && i.To >= second.From)))
            .Select(i => i.VolunteerId).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>The days covered under one set of terms and not the other, or covered differently.</summary>
    public static List<DayWindow> DaysChanged(Policy before, PolicyChanged after)
    {
        if (before.TravelCovered != after.TravelCovered)
        {
            return [new DayWindow(Min(before.CoversFrom, after.CoversFrom), Max(before.CoversTo, after.CoversTo))];
        }

        var windows = new List<DayWindow>();
        if (before.CoversFrom != after.CoversFrom)
        {
            windows.Add(new DayWindow(Min(before.CoversFrom, after.CoversFrom),
                Max(before.CoversFrom, after.CoversFrom).AddDays(-1)));
        }

        if (before.CoversTo != after.CoversTo)
        {
            windows.Add(new DayWindow(Min(before.CoversTo, after.CoversTo).AddDays(1),
                Max(before.CoversTo, after.CoversTo)));
        }

        return windows;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

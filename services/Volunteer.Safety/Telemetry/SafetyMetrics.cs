using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Telemetry;

namespace Volunteer.Safety.Telemetry;

/// <summary>What ops staff watch of safety: how many submitted activities are cleared and how many blocked.</summary>
public static class SafetyMetrics
{
    public const string MeterName = "Volunteer.Safety";

    public static DatabaseGaugeDefinition<SafetyDbContext> Clearances { get; } = new(
        MeterName, "volunteer.clearances", "Activities with a verdict (not cancelled) by clearance outcome.", "outcome",
        async (db, cancellationToken) => (await db.Activities.Where(a => !a.Cancelled && a.ClearanceRevision > 0).GroupBy(a => a.Cleared)
                .Select(g => new { Cleared = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Cleared ? "cleared" : "blocked", g => g.Count));
}

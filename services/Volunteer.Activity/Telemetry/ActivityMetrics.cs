using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Telemetry;

namespace Volunteer.Activity.Telemetry;

/// <summary>What ops staff watch of the campaign's work: activities by status and the hours made final.</summary>
public sealed class ActivityMetrics
{
    public const string MeterName = "Volunteer.Activity";

    private readonly Counter<double> _hoursRecorded;

    public ActivityMetrics(IMeterFactory meters) =>
        _hoursRecorded = meters.Create(MeterName).CreateCounter<double>("volunteer.activity.hours_recorded", "h",
            "Service hours made final by recording activities.");

    public static DatabaseGaugeDefinition<ActivityDbContext> ActivitiesByStatus { get; } = new(
        MeterName, "volunteer.activities", "Activities by lifecycle status.", "status",
        async (db, cancellationToken) => (await db.Activities.GroupBy(a => a.Status)
                .Select(g => new { Status = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .ToDictionary(g => EventNames.Of(g.Status), g => g.Count));

    public void HoursRecorded(decimal hours) => _hoursRecorded.Add((double)hours);
}

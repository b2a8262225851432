using Microsoft.EntityFrameworkCore;

namespace Volunteer.ServiceDefaults.Telemetry;

/// <summary>A gauge read from the service's database: counts per value of one tag (e.g. activities per status).</summary>
/// <param name="MeterName">"Volunteer.&lt;Service&gt;", so the telemetry defaults export it.</param>
/// <param name="Sample">Counts by tag value; runs in its own scope on a timer, never on a request.</param>
public sealed record DatabaseGaugeDefinition<TContext>(
    string MeterName,
    string Name,
    string Description,
    string TagName,
    Func<TContext, CancellationToken, Task<Dictionary<string, long>>> Sample)
    where TContext : DbContext;

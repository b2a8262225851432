using System.Diagnostics.Metrics;

namespace Volunteer.Reporting.Telemetry;

/// <summary>What ops staff watch of reporting: digests produced, by kind and by what triggered them.</summary>
public sealed class ReportingMetrics
{
    public const string MeterName = "Volunteer.Reporting";

    private readonly Counter<long> _digestsProduced;

    public ReportingMetrics(IMeterFactory meters) =>
        _digestsProduced = meters.Create(MeterName).CreateCounter<long>("volunteer.digests.produced", description:
            "Digests produced (each kind, scope and period once, whichever replica wins).");

    public void DigestProduced(string kind, string trigger) => _digestsProduced.Add(1,
        new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("trigger", trigger));
}

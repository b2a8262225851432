namespace Volunteer.Roster.Benchmarks;

/// <summary>One query's measured calls, summarised; <see cref="Rows"/> is what a page returned.</summary>
internal sealed record LatencyFigures(SearchQuery Query, int Calls, double MedianMs, double P95Ms, int Rows)
{
    public static LatencyFigures From(SearchQuery query, List<double> milliseconds, int rows)
    {
        milliseconds.Sort();
        var n = milliseconds.Count;
        var median = n % 2 == 1 ? milliseconds[n / 2] : (milliseconds[n / 2 - 1] + milliseconds[n / 2]) / 2;
        // Nearest rank: the smallest value that at least 95 % of the calls did not exceed.
        var p95 = milliseconds[(int)Math.Ceiling(0.95 * n) - 1];
        return new LatencyFigures(query, n, median, p95, rows);
    }
}

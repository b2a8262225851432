using System.Diagnostics;

namespace Volunteer.Safety.Benchmarks;

/// <summary>Median and 95th percentile (nearest rank) of timed runs, in milliseconds.</summary>
internal sealed record Timings(int Runs, double MedianMs, double P95Ms)
{
    public static async Task<Timings> MeasureAsync(int warmUp, int runs, Func<Task> run)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await run();
        }

        var milliseconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        milliseconds.Sort();
        var median = runs % 2 == 1 ? milliseconds[runs / 2] : (milliseconds[runs / 2 - 1] + milliseconds[runs / 2]) / 2;
        return new Timings(runs, median, milliseconds[(int)Math.Ceiling(0.95 * runs) - 1]);
    }

    public override string ToString() => $"median {MedianMs,8:F2} ms   p95 {P95Ms,8:F2} ms   ({Runs} runs)";
}

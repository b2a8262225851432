using System.Diagnostics;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Benchmarks;

/// <summary>One list request timed many times after a warm-up; median and 95th percentile in milliseconds.</summary>
internal static class ListLatency
{
    public const int WarmUpCalls = 20;
    public const int MeasuredCalls = 200;

    public static async Task<(string Name, double MedianMs, double P95Ms, int Rows)> MeasureAsync(
        ActivityService.ActivityServiceClient client, string name, ListActivitiesRequest request, Metadata caller)
    {
        var rows = 0;
        for (var i = 0; i < WarmUpCalls; i++)
        {
            rows = (await client.ListActivitiesAsync(request, caller)).Activities.Count;
        }

        var times = new List<double>(MeasuredCalls);
        for (var i = 0; i < MeasuredCalls; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await client.ListActivitiesAsync(request, caller);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        // Nearest rank: the smallest value that at least 95 % of the calls did not exceed.
        return (name, (times[MeasuredCalls / 2 - 1] + times[MeasuredCalls / 2]) / 2, times[(int)Math.Ceiling(0.95 * MeasuredCalls) - 1], rows);
    }
}

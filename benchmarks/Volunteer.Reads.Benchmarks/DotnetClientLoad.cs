using System.Diagnostics;
using Grpc.Net.Client;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// The same read from a generated .NET client: <see cref="H2Load.Streams"/> calls in flight on one
/// channel for a fixed time. A call that does not end with grpc-status OK throws and stops the run.
/// </summary>
internal static class DotnetClientLoad
{
    public static async Task<double> CallsPerSecondAsync(ReadTarget target, TimeSpan duration)
    {
        using var channel = GrpcChannel.ForAddress(target.Server);
        var headers = target.Headers;
        await target.Call(channel, headers);
        var calls = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, H2Load.Streams).Select(async _ =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                await target.Call(channel, headers);
                Interlocked.Increment(ref calls);
            }
        }));
        return calls / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}

using System.Diagnostics;

namespace Volunteer.Messaging.Benchmarks;

/// <summary>Waits until a stage (the relay, the consumer) has got through a number of events.</summary>
internal static class Arrival
{
    // Short next to a run of seconds, and the same for both paths, so it cannot favour either.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    // A lost message would otherwise hang the run; progress of any kind resets the clock.
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(60);

    public static async Task WaitForAsync(Func<Task<int>> done, int target)
    {
        var last = -1;
        var lastProgress = Stopwatch.GetTimestamp();
        while (true)
        {
            var current = await done();
            if (current >= target)
            {
                return;
            }

            if (current != last)
            {
                last = current;
                lastProgress = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastProgress) > StallTimeout)
            {
                throw new TimeoutException($"Stuck at {current} of {target} events for {StallTimeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(PollInterval);
        }
    }
}

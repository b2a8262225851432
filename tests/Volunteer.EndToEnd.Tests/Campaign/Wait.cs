using Grpc.Core;
using Volunteer.Testing;

namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>
/// Bounded waits for what travels over the broker: a replica learning of a union or team, a verdict,
/// a read model. Each wait names what it waited for, so a timeout says which hop did not arrive.
/// </summary>
internal static class Wait
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    /// <summary>Polls until the value satisfies <paramref name="done"/>; fails with the last value seen otherwise.</summary>
    public static async Task<T> UntilAsync<T>(string what, Func<Task<T>> probe, Func<T, bool> done)
    {
        var value = await Eventually.GetAsync(probe, done, Bound);
        return done(value) ? value : throw new TimeoutException($"Waited {Bound.TotalSeconds:0} s for {what}; last seen: {Describe(value)}");
    }

    private static string? Describe(object? value) => value is System.Collections.IEnumerable items and not string
        ? "[" + string.Join(", ", items.Cast<object>()) + "]"
        : value?.ToString();

    /// <summary>
    /// Repeats a call that fails only until a replica catches up (the service does not know the union,
    /// team or activity yet). Any other error, or the same one after the bound, fails the test.
    /// </summary>
    public static async Task<T> ForReplicaAsync<T>(string what, Func<Task<T>> call, params StatusCode[] whileLagging)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException e) when (whileLagging.Contains(e.StatusCode) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (RpcException e) when (whileLagging.Contains(e.StatusCode))
            {
                throw new TimeoutException($"Waited {Bound.TotalSeconds:0} s for {what}; still {e.StatusCode}: {e.Status.Detail}", e);
            }
        }
    }
}

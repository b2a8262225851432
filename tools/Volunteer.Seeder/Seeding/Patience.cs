using Grpc.Core;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Bounded waiting for what arrives by events: a service learns of unions, teams, activities and
/// participants a moment after another service changed them, so the seeder polls or retries, never forever.
/// </summary>
public static class Patience
{
    // Generous: on a first start the services are still working through the backlog of every earlier step.
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Reads until <paramref name="done"/> holds or the limit passes; returns the last reading either way.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(Pause, cancellationToken);
        }
    }

    /// <summary>Calls until it stops failing with one of the codes that mean "not known here yet"; then fails as the service did.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken, params StatusCode[] notYet)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException e) when (notYet.Contains(e.StatusCode) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }
}

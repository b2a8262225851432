namespace Volunteer.Messaging.Outbox;

/// <summary>
/// A wake-up call that is either pending or not: calls made while one is pending merge into it, since one
/// wake-up covers everything that happened before it.
/// </summary>
internal sealed class WakeUp
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Set()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pending.
        }
    }

    /// <summary>Waits for the wake-up or the timeout, whichever comes first; true when it takes the wake-up.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}

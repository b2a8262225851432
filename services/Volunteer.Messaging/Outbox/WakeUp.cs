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
        // Under load nearly every commit finds a wake-up pending; looking first spares each of them an exception.
        if (_pending.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another caller set it in between.
        }
    }

    /// <summary>Waits for the wake-up or the timeout, whichever comes first; true when it takes the wake-up.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}

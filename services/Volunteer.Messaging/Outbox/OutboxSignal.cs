namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Wakes the relays when outbox rows are committed: this process's relay at once, and those of the other
/// replicas through a PostgreSQL notification (<see cref="OutboxNotifier{TContext}"/> sends it,
/// <see cref="OutboxListener{TContext}"/> receives it). The relays' poll stays behind both as the fallback.
/// </summary>
public sealed class OutboxSignal
{
    private readonly WakeUp _relay = new();
    private readonly WakeUp _otherReplicas = new();

    /// <summary>
    /// This process has just committed outbox rows. Saves through the change tracker call it by themselves;
    /// a writer that copies rows into the outbox in bulk calls it after its commit.
    /// </summary>
    public void Committed()
    {
        _relay.Set();
        _otherReplicas.Set();
    }

    /// <summary>Another process has committed outbox rows (or may have, while nobody was listening).</summary>
    internal void CommittedElsewhere() => _relay.Set();

    /// <summary>For the relay: waits for rows to be committed or the timeout; true when rows were committed.</summary>
    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _relay.WaitAsync(timeout, cancellationToken);

    /// <summary>For the notifier: waits until this process has committed rows since its last notification.</summary>
    internal Task WaitForLocalCommitAsync(CancellationToken cancellationToken) =>
        _otherReplicas.WaitAsync(Timeout.InfiniteTimeSpan, cancellationToken);
}

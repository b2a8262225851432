using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Inbox;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Puts the outbox rows the relay set aside back in line, once whatever made them unpublishable is
/// fixed (a build that knows their type, a broker that accepts their size). They go out ahead of
/// the rows still pending, since they were written before them.
/// </summary>
public sealed class OutboxDeadLetters
{
    private readonly ServiceDbContext _service;
    private readonly OutboxSignal _signal;

    internal OutboxDeadLetters(ServiceDbContext service, OutboxSignal signal)
    {
        _service = service;
        _signal = signal;
    }

    /// <summary>Returns how many rows were put back; each gets <see cref="OutboxOptions.MaxAttempts"/> anew.</summary>
    public async Task<int> RetryAsync(CancellationToken cancellationToken)
    {
        var retried = await _service.Db.Set<OutboxMessage>()
            .Where(m => m.DeadLetteredAt != null)
            .ExecuteUpdateAsync(
                row => row.SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0),
                cancellationToken);
        _signal.Committed();
        return retried;
    }
}

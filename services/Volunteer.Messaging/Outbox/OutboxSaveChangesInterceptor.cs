using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Once outbox rows are committed, wakes the relays (see <see cref="OutboxSignal"/>) instead of leaving
/// the rows to their next poll: after a save of its own, or after the explicit transaction around it.
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the rows are not visible yet; its commit wakes the relays.
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            WakeRelaysIfOutboxWritten(context);
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            WakeRelaysIfOutboxWritten(context);
        }

        return Task.CompletedTask;
    }

    // Rows the relay reads are not tracked, so a tracked unsent row is one this context wrote. The save has
    // just detected changes; listing entries must not scan every tracked entity for them a second time.
    private void WakeRelaysIfOutboxWritten(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null))
            {
                signal.Committed();
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}

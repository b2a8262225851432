using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Volunteer.Messaging.Outbox;

/// <summary>After a save that wrote outbox rows, wakes the relay instead of leaving them to its next poll.</summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the rows are not visible yet; the relay's poll picks them up.
        if (eventData.Context is { Database.CurrentTransaction: null } context
            && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null))
        {
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }
}

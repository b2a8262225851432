using Microsoft.EntityFrameworkCore;

namespace Volunteer.Messaging.Outbox;

/// <summary>How the relay writes down what became of the rows of a batch, without tracking them.</summary>
internal static class OutboxMarks
{
    /// <summary>One statement for all the rows the broker confirmed (id = any of one array parameter).</summary>
    public static async Task SentAsync(
        DbContext db, IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        if (ids.Count > 0)
        {
            await db.Set<OutboxMessage>()
                .Where(m => EF.Parameter(ids).Contains(m.Id))
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.SentAt, sentAt), cancellationToken);
        }
    }

    /// <summary>Row by row, as each failed its own way; failures are rare next to confirms.</summary>
    public static async Task FailedAsync(
        DbContext db, IEnumerable<OutboxMessage> failed, CancellationToken cancellationToken)
    {
        foreach (var message in failed)
        {
            await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(
                    row => row.SetProperty(m => m.Attempts, message.Attempts)
                        .SetProperty(m => m.LastError, message.LastError)
                        .SetProperty(m => m.DeadLetteredAt, message.DeadLetteredAt),
                    cancellationToken);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Diagnostics;

namespace Volunteer.Messaging.Inbox;

/// <summary>
/// The inbox for a batch consumer: one query finds which messages of a batch the endpoint has already
/// handled, and the rows of the rest are added to the service's DbContext so that they commit with the
/// batch's effects in its one SaveChanges.
/// </summary>
public sealed class BatchInbox(ServiceDbContext service, MessagingMetrics metrics, TimeProvider timeProvider)
{
    public async Task<IReadOnlySet<Guid>> HandledAsync(string consumer, IReadOnlyCollection<Guid> messageIds,
        CancellationToken cancellationToken)
    {
        var handled = await service.Db.Set<InboxMessage>()
            .Where(m => m.Consumer == consumer && messageIds.Contains(m.MessageId))
            .Select(m => m.MessageId)
            .ToListAsync(cancellationToken);
        foreach (var _ in handled)
        {
            metrics.DuplicateSkipped(consumer);
        }

        return handled.ToHashSet();
    }

    public void Record(string consumer, Guid messageId) =>
        service.Db.Set<InboxMessage>().Add(new InboxMessage
        {
            Consumer = consumer, MessageId = messageId, ProcessedAt = timeProvider.GetUtcNow(),
        });
}

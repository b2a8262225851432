using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Volunteer.Messaging.Diagnostics;

namespace Volunteer.Messaging.Inbox;

/// <summary>
/// The inbox for a batch consumer: one statement claims a batch's messages in the transaction that commits
/// their effects, as <see cref="InboxFilter{TMessage}"/> claims one.
/// </summary>
public sealed class BatchInbox(ServiceDbContext service, MessagingMetrics metrics, TimeProvider timeProvider)
{
    /// <summary>
    /// Records the messages as handled and returns those that were not yet; must run in the caller's
    /// transaction. Each message is found by its own key. A look-up of the batch by one array parameter,
    /// once prepared while the inbox had no statistics yet (as after a fresh start), was planned as a scan of
    /// every message the consumer had handled, and grew slower with the inbox.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ClaimAsync(string consumer, IReadOnlyCollection<Guid> messageIds,
        CancellationToken cancellationToken)
    {
        var inbox = service.Db.Model.FindEntityType(typeof(InboxMessage))!;
        var table = StoreObjectIdentifier.Table(inbox.GetTableName()!, inbox.GetSchema());
        string Column(string property) => inbox.FindProperty(property)!.GetColumnName(table)!;
        var messageId = Column(nameof(InboxMessage.MessageId));
        // Names from the model, never input; the values are parameters.
        var claim = $"insert into {inbox.GetTableName()} ({Column(nameof(InboxMessage.Consumer))}, {messageId}, "
            + $"{Column(nameof(InboxMessage.ProcessedAt))}) select {{0}}, unnest({{1}}), {{2}} "
            + $"on conflict do nothing returning {messageId} as \"Value\"";
        var claimed = await service.Db.Database
            .SqlQueryRaw<Guid>(claim, consumer, messageIds.ToArray(), timeProvider.GetUtcNow())
            .ToListAsync(cancellationToken);
        if (claimed.Count < messageIds.Count)
        {
            metrics.DuplicateSkipped(consumer, messageIds.Count - claimed.Count);
        }

        return claimed.ToHashSet();
    }
}

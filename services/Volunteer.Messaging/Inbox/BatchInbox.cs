using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Volunteer.Messaging.Diagnostics;

namespace Volunteer.Messaging.Inbox;

/// <summary>
/// The inbox for a batch consumer: one query finds which messages of a batch the endpoint has already
/// handled, and one statement records the rest, in the transaction that commits the batch's effects.
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

    /// <summary>Records the messages as handled; must run in the caller's transaction.</summary>
    public Task RecordAsync(string consumer, Guid[] messageIds, CancellationToken cancellationToken)
    {
        var inbox = service.Db.Model.FindEntityType(typeof(InboxMessage))!;
        var table = StoreObjectIdentifier.Table(inbox.GetTableName()!, inbox.GetSchema());
        string Column(string property) => inbox.FindProperty(property)!.GetColumnName(table)!;
        // Names from the model, never input; the values are parameters.
        var insert = $"insert into {inbox.GetTableName()} ({Column(nameof(InboxMessage.Consumer))}, "
            + $"{Column(nameof(InboxMessage.MessageId))}, {Column(nameof(InboxMessage.ProcessedAt))}) "
            + "select {0}, unnest({1}), {2}";
        return service.Db.Database.ExecuteSqlRawAsync(
            insert, [consumer, messageIds, timeProvider.GetUtcNow()], cancellationToken);
    }
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Diagnostics;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent. The consumer only changes the service's DbContext (and may add
/// integration events to it); this filter then saves those changes together with the inbox row in one
/// transaction. A message already in the inbox is acknowledged without running the consumer again.
/// </summary>
internal sealed class InboxFilter<TMessage>(ServiceDbContext service, MessagingMetrics metrics, TimeProvider timeProvider)
    : IFilter<ConsumeContext<TMessage>> where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var db = service.Db;
        // The queue's name, without the virtual host the address may start with.
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/').Last();
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
        // A retried attempt starts from what is committed, not from the failed attempt's changes.
        db.ChangeTracker.Clear();

        if (await db.Set<InboxMessage>().AnyAsync(m => m.Consumer == consumer && m.MessageId == messageId, context.CancellationToken))
        {
            metrics.DuplicateSkipped(consumer);
            return;
        }

        await next.Send(context);
        db.Set<InboxMessage>().Add(new InboxMessage { Consumer = consumer, MessageId = messageId, ProcessedAt = timeProvider.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Of(e, table: "inbox_messages"))
        {
            // The same message handled at the same moment by another delivery, which committed first.
            db.ChangeTracker.Clear();
            metrics.DuplicateSkipped(consumer);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}

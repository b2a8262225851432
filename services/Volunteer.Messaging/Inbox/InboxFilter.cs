using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Diagnostics;

namespace Volunteer.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent. The consumer only changes the service's DbContext (and may add
/// integration events to it); this filter runs it in one transaction with its inbox row and saves its
/// changes there. A message already in the inbox is acknowledged without running the consumer again.
/// </summary>
internal sealed class InboxFilter<TMessage>(
    ServiceDbContext service, MessagingMetrics metrics, TimeProvider timeProvider)
    : IFilter<ConsumeContext<TMessage>> where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var db = service.Db;
        // The queue's name, without the virtual host the address may start with.
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/').Last();
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");

        // The handling commits whole or not at all, so a savepoint around the consumer's save would only cost
        // a round trip to release it. The context may be pooled: its next user gets the default back.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await HandleOnceAsync(db, consumer, messageId, context, next);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    // A transient database error replays the whole handling, the consumer included, on a clean slate.
    private Task HandleOnceAsync(DbContext db, string consumer, Guid messageId, ConsumeContext<TMessage> context,
        IPipe<ConsumeContext<TMessage>> next) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // A retried attempt starts from what is committed, not from the failed attempt's changes.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            if (!await ClaimAsync(db, consumer, messageId, context.CancellationToken))
            {
                metrics.DuplicateSkipped(consumer);
                return;
            }

            await next.Send(context);
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        });

    // The inbox row first, in the handling's transaction: one round trip instead of a look-up before it,
    // and a second delivery of the same message waits on this row's lock until the first commits (then
    // finds it taken) or rolls back (then handles the message itself).
    private async Task<bool> ClaimAsync(
        DbContext db, string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var processedAt = timeProvider.GetUtcNow();
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            insert into inbox_messages (consumer, message_id, processed_at)
            values ({consumer}, {messageId}, {processedAt})
            on conflict do nothing
            """,
            cancellationToken);
        return claimed == 1;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}

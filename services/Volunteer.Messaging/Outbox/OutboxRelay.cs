using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteer.Messaging.Diagnostics;
using Volunteer.Messaging.Inbox;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in write order with publisher confirms, marks them sent, and keeps
/// trying with back-off while the broker is away. A row that fails by its own fault too often becomes
/// a dead letter, so it stops holding back the rows behind it. Replicas lock the rows they take
/// (FOR UPDATE SKIP LOCKED), so two relays over one outbox do not publish a row twice.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxFailureRecorder failures,
    MessagingMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextPurge;
    private DateTimeOffset _nextBacklogReading;

    // Message types this relay has had confirmed; only the loop touches it.
    private readonly HashSet<string> _publishedTypes = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new RetryBackoff(_options.PollInterval, _options.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await MaintainAsync(db, stoppingToken);
                var published = await PublishBatchAsync(db, stoppingToken);
                backoff.Reset();
                if (published < _options.BatchSize && await signal.WaitAsync(_options.PollInterval, stoppingToken))
                {
                    // Wall-clock time for commits in flight to land, whatever clock the service's rules run on.
                    await Task.Delay(_options.GatherDelay, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                metrics.PublishFailed();
                var pause = backoff.Next();
                LogRelayFailed(logger, e.GetType().Name, pause.TotalSeconds);
                await Task.Delay(pause, timeProvider, stoppingToken);
            }
        }
    }

    // The service's retrying execution strategy owns transactions: a transient database error replays
    // the batch, which may publish a row twice; consumers deduplicate on the message id.
    private Task<int> PublishBatchAsync(TContext db, CancellationToken stoppingToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => PublishBatchInTransactionAsync(db, stoppingToken));

    private async Task<int> PublishBatchInTransactionAsync(TContext db, CancellationToken stoppingToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        // The marks need not wait for the disk: lost in a crash, they only get rows published again, which
        // consumers deduplicate.
        await db.Database.ExecuteSqlRawAsync("set local synchronous_commit to off", stoppingToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"""
                select * from outbox_messages where sent_at is null and dead_lettered_at is null
                order by sequence limit {_options.BatchSize} for update skip locked
                """)
            .AsNoTracking()
            .ToListAsync(stoppingToken);

        // Publishes leave in write order, a window at a time, and their confirms are awaited together:
        // waiting for each confirm before the next send would cap the relay at one round trip per row.
        // After a failure nothing further is sent; what was confirmed stays sent. A row set aside as a
        // dead letter is no such failure: the rows behind it go on.
        var sent = new List<Guid>(batch.Count);
        var failed = new List<OutboxMessage>();
        Exception? failure = null;
        foreach (var window in PublishWindows.Of(batch, _options.PublishWindow, GoesAlone))
        {
            var publishes = window
                .Select(message => (Message: message, Confirmed: PublishAsync(message, stoppingToken)))
                .ToList();
            foreach (var (message, confirmed) in publishes)
            {
                try
                {
                    await confirmed;
                    sent.Add(message.Id);
                    _publishedTypes.Add(message.MessageType);
                    metrics.Published(message.MessageType);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    failed.Add(message);
                    if (!failures.RecordFailure(message, e, publishedAlone: window.Length == 1))
                    {
                        failure ??= e;
                    }
                }
            }

            if (failure is not null)
            {
                break;
            }
        }

        await OutboxMarks.SentAsync(db, sent, timeProvider.GetUtcNow(), stoppingToken);
        await OutboxMarks.FailedAsync(db, failed, stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        return failure is null ? batch.Count : throw failure;
    }

    // A row that failed before goes alone, so that its next failure is certainly its own and not that of
    // a row in flight beside it (a channel closed by the broker fails every publish in flight on it). So
    // does the first of a type: MassTransit sets up the type's exchange on first use, and publishes that
    // wait for it together leave in reverse order.
    private bool GoesAlone(OutboxMessage message) =>
        message.Attempts > 0 || !_publishedTypes.Contains(message.MessageType);

    private async Task PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        var type = OutboxMessageTypes.Resolve(message.MessageType);
        var payload = OutboxPayloads.Read(message.Payload, type);
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token);
    }

    // Every so often: purge what is old (dead letters wait for a retry), and read the backlog for the gauges.
    private async Task MaintainAsync(TContext db, CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now >= _nextPurge)
        {
            var cutoff = now - _options.Retention;
            await db.Set<OutboxMessage>().Where(m => m.SentAt < cutoff).ExecuteDeleteAsync(stoppingToken);
            await db.Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
            _nextPurge = now + _options.PurgeInterval;
        }

        if (now >= _nextBacklogReading)
        {
            var pending = db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.DeadLetteredAt == null);
            var count = await pending.LongCountAsync(stoppingToken);
            var oldest = await pending.MinAsync(m => (DateTimeOffset?)m.CreatedAt, stoppingToken);
            var deadLetters = await db.Set<OutboxMessage>()
                .LongCountAsync(m => m.DeadLetteredAt != null, stoppingToken);
            metrics.Backlog(count, oldest is null ? TimeSpan.Zero : now - oldest.Value, deadLetters);
            _nextBacklogReading = now + TimeSpan.FromSeconds(5);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed ({Error}); trying again in {DelaySeconds:F1} s")]
    private static partial void LogRelayFailed(ILogger logger, string error, double delaySeconds);
}

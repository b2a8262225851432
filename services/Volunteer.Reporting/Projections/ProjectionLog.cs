using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Inbox;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Applies a batch of events to the read models in order and appends each to projected_events, in that
/// order, in one transaction with the inbox rows; events the inbox has already seen are skipped.
/// </summary>
public sealed class ProjectionLog(
    ReportingDbContext db, Projector projector, BatchInbox inbox, TimeProvider timeProvider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task ProjectAsync(IReadOnlyList<DeliveredEvent> events, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct => ProjectOnceAsync(events, ct), cancellationToken);

    private async Task ProjectOnceAsync(IReadOnlyList<DeliveredEvent> events, CancellationToken cancellationToken)
    {
        // A retried batch starts from what is committed, not from the failed attempt's changes.
        db.ChangeTracker.Clear();
        var consumer = ProjectionRegistration.QueueName;
        var handled = await inbox.HandledAsync(consumer, [.. events.Select(e => e.MessageId)], cancellationToken);
        var seen = new HashSet<Guid>(handled);
        // Skips redeliveries, and a copy that the same batch holds twice.
        var fresh = events.Where(e => seen.Add(e.MessageId)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await projector.ApplyAsync([.. fresh.Select(e => e.Message)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ProjectedEventWriter.AppendAsync(db, [.. fresh.Select(Logged)], cancellationToken);
        await inbox.RecordAsync(consumer, [.. fresh.Select(e => e.MessageId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private ProjectedEvent Logged(DeliveredEvent delivered) => new()
    {
        Type = delivered.Message.GetType().Name,
        Payload = JsonSerializer.Serialize(delivered.Message, delivered.Message.GetType(), Json),
        MessageId = delivered.MessageId,
        OccurredAt = delivered.SentTime is { } sent
            ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc))
            : timeProvider.GetUtcNowForDatabase(),
    };
}

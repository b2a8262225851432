using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Messaging.Inbox;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Claims a batch of events in the inbox, applies those not claimed before to the read models in order and
/// appends each to projected_events, in that order, all in one transaction.
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
        // A copy that the same batch holds twice is projected once, where it first came.
        var distinct = events.DistinctBy(e => e.MessageId).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await inbox.ClaimAsync(
            ProjectionRegistration.QueueName, [.. distinct.Select(e => e.MessageId)], cancellationToken);
        var fresh = distinct.Where(e => claimed.Contains(e.MessageId)).ToList();
        if (fresh.Count == 0)
        {
            return; // redeliveries only: nothing to project, and nothing claimed to commit
        }

        await projector.ProjectAsync([.. fresh.Select(e => e.Message)], cancellationToken);
        await ProjectedEventWriter.AppendAsync(db, [.. fresh.Select(Logged)], cancellationToken);
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

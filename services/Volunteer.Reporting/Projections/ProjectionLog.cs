using System.Text.Json;
using Volunteer.Messaging.Inbox;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Applies a batch of events to the read models in order and appends each to projected_events, in that
/// order, in one unit of work with the inbox rows; events the inbox has already seen are skipped.
/// </summary>
public sealed class ProjectionLog(
    ReportingDbContext db, Projector projector, BatchInbox inbox, TimeProvider timeProvider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ProjectAsync(IReadOnlyList<DeliveredEvent> events, CancellationToken cancellationToken)
    {
        // A retried batch starts from what is committed, not from the failed attempt's changes.
        db.ChangeTracker.Clear();
        var consumer = ProjectionRegistration.QueueName;
        var handled = await inbox.HandledAsync(consumer, [.. events.Select(e => e.MessageId)], cancellationToken);
        var seen = new HashSet<Guid>(handled);
        // Skips redeliveries, and a copy that the same batch holds twice.
        var fresh = events.Where(e => seen.Add(e.MessageId)).ToList();
        foreach (var delivered in fresh)
        {
            db.ProjectedEvents.Add(Logged(delivered));
            inbox.Record(consumer, delivered.MessageId);
        }

        await projector.ApplyAsync([.. fresh.Select(e => e.Message)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
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

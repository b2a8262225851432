using System.Text.Json;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Projections;

/// <summary>Applies an event to the read models and appends it to projected_events in the same unit of work.</summary>
public sealed class ProjectionLog(ReportingDbContext db, Projector projector, TimeProvider timeProvider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ProjectAsync(object message, Guid? messageId, DateTime? sentTime, CancellationToken cancellationToken)
    {
        db.ProjectedEvents.Add(new ProjectedEvent
        {
            Type = message.GetType().Name,
            Payload = JsonSerializer.Serialize(message, message.GetType(), Json),
            MessageId = messageId,
            OccurredAt = sentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : timeProvider.GetUtcNowForDatabase(),
        });
        await projector.ApplyAsync(message, cancellationToken);
    }
}

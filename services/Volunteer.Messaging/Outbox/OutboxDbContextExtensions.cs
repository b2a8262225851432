using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Volunteer.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an integration event to be published once the current <c>SaveChangesAsync</c> commits,
    /// in the same transaction as the change it reports: both happen, or neither.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class
    {
        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = OutboxMessageTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonSerializerOptions.Web),
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace Volunteer.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an integration event to be published once the current <c>SaveChangesAsync</c> commits,
    /// in the same transaction as the change it reports: both happen, or neither.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent));
}

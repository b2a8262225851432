namespace Volunteer.Messaging.Outbox;

/// <summary>
/// The PostgreSQL notification channel on which a service's replicas announce committed outbox rows.
/// Notifications stay within one database already; the service's name keeps services that share a
/// database from waking each other's relays.
/// </summary>
internal sealed record OutboxChannel(string Name)
{
    public static OutboxChannel Of(string service) => new($"volunteer_outbox_{service}");
}

using Volunteer.Messaging.Listening;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Live;

/// <summary>
/// Wakes this replica's streams whenever any replica stores notifications (<see cref="NotificationWriter.Channel"/>);
/// the streams' own poll covers the time the listener is reconnecting.
/// </summary>
public sealed class NotificationListener(
    IServiceScopeFactory scopes, NotificationSignal signal, TimeProvider time, ILogger<NotificationListener> logger)
    : ChannelListener<NotificationsDbContext>(scopes, time, MaxReconnectDelay, logger)
{
    // Streams wait on this signal, so a lost listener should not stay away long.
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(2);

    protected override string Channel => NotificationWriter.Channel;

    protected override string ApplicationName => "volunteer-notification-listener";

    protected override void OnNotified() => signal.Stored();
}

using Grpc.Core;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Tests;

/// <summary>A watcher gets their own new notifications as they are stored, and nobody else's.</summary>
public sealed class LiveStreamTests(NotificationsServiceHost host) : IClassFixture<NotificationsServiceHost>
{
    [Fact]
    public async Task The_stream_delivers_a_new_notification_live_and_only_the_callers()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        await host.DeliverAsync(world.Confirmed(world.V1));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = host.Client().WatchNotifications(
            new WatchNotificationsRequest(), world.TokenOf(world.V1.ToString()), cancellationToken: timeout.Token);
        // The first message says the stream is live.
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        Assert.Null(call.ResponseStream.Current.Notification);
        Assert.Equal(1, call.ResponseStream.Current.UnreadCount);

        var activity = Guid.CreateVersion7();
        await host.DeliverAsync(world.Confirmed(world.V2));
        await host.DeliverAsync(world.Confirmed(world.V1, activity));
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));

        Assert.Equal(2, call.ResponseStream.Current.UnreadCount);
        var live = call.ResponseStream.Current.Notification;
        Assert.NotNull(live);
        Assert.Equal(NotificationKinds.ParticipationConfirmed, live.Kind);
        Assert.Equal($"activities/{activity}", live.Link);
    }
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

/// <summary>Read state is kept per person, and nobody reads, marks or watches another's notifications.</summary>
public sealed class InboxTests(NotificationsServiceHost host) : IClassFixture<NotificationsServiceHost>
{
    [Fact]
    public async Task Read_state_is_kept_and_only_the_owner_may_mark()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        var v1 = world.V1.ToString();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await host.DeliverAsync(world.Confirmed(world.V1));
        }

        var client = host.Client();
        var all = (await world.ListAsync(v1)).Notifications;
        var first = all[^1].Id;

        var byId = new MarkNotificationsReadRequest { Ids = { first } };
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.MarkNotificationsReadAsync(byId, world.TokenOf(world.V2.ToString())).ResponseAsync);
        Assert.Empty((await world.ListAsync(world.V2.ToString())).Notifications);
        Assert.Equal(3, (await world.ListAsync(v1)).UnreadCount);

        var marked = await client.MarkNotificationsReadAsync(byId, world.TokenOf(v1));
        var markedAgain = await client.MarkNotificationsReadAsync(byId, world.TokenOf(v1));
        var unread = await world.ListAsync(v1, unreadOnly: true);

        Assert.Equal((1, 0), (marked.MarkedCount, markedAgain.MarkedCount));
        Assert.Equal(2, unread.UnreadCount);
        Assert.DoesNotContain(unread.Notifications, n => n.Id == first);
        Assert.NotNull((await world.ListAsync(v1)).Notifications.Single(n => n.Id == first).ReadAt);

        var upToNow = new MarkNotificationsReadRequest { UpTo = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) };
        var rest = await client.MarkNotificationsReadAsync(upToNow, world.TokenOf(v1));
        Assert.Equal(2, rest.MarkedCount);
        Assert.Equal(0, (await world.ListAsync(v1)).UnreadCount);
    }

    [Fact]
    public async Task Pages_run_newest_first_without_repeats()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        foreach (var _ in Enumerable.Range(0, 5))
        {
            await host.DeliverAsync(world.Confirmed(world.V2));
        }

        var client = host.Client();
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListNotificationsAsync(
                new ListNotificationsRequest { PageSize = 2, PageToken = token }, world.TokenOf(world.V2.ToString()));
            seen.AddRange(page.Notifications.Select(n => n.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(seen, seen.OrderByDescending(id => id, StringComparer.Ordinal));
    }
}

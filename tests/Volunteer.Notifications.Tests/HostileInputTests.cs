using Google.Protobuf.WellKnownTypes;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

/// <summary>Malformed and oversized fields: INVALID_ARGUMENT naming the field, nothing stored or marked.</summary>
public sealed class HostileInputTests(NotificationsServiceHost host) : IClassFixture<NotificationsServiceHost>
{
    private const string Subject = "hostile-caller";

    [Fact]
    public async Task Bad_marks_lists_and_watches_name_the_field()
    {
        var client = host.Client();
        var token = host.BearerToken("volunteer", subject: Subject);
        var cases = new (string Field, MarkNotificationsReadRequest Request)[]
        {
            ("ids[0]", new() { Ids = { "not-an-id" } }),
            ("ids", new() { Ids = { Enumerable.Range(0, 501).Select(_ => Guid.NewGuid().ToString()) } }),
            ("ids", new()),
            ("ids", new() { Ids = { Guid.NewGuid().ToString() }, UpTo = Timestamp.FromDateTime(DateTime.UtcNow) }),
            ("up_to", new() { UpTo = new Timestamp { Seconds = long.MaxValue } }),
        };
        foreach (var (field, request) in cases)
        {
            Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(
                () => client.MarkNotificationsReadAsync(request, token).ResponseAsync));
        }

        Assert.Contains("page_token", await RpcAssert.InvalidFieldsAsync(() => client.ListNotificationsAsync(
            new ListNotificationsRequest { PageToken = new string('t', 100_000) }, token).ResponseAsync));
        Assert.Contains("page_size", await RpcAssert.InvalidFieldsAsync(() => client.ListNotificationsAsync(
            new ListNotificationsRequest { PageSize = -1 }, token).ResponseAsync));
        Assert.Contains("since", await RpcAssert.InvalidFieldsAsync(async () =>
        {
            using var call = client.WatchNotifications(new WatchNotificationsRequest
            {
                Since = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(-31)),
            }, token);
            await call.ResponseStream.MoveNext(CancellationToken.None);
        }));
    }

    [Fact]
    public async Task Bad_settings_are_refused_and_nothing_is_stored()
    {
        var client = host.Client();
        var token = host.BearerToken("volunteer", subject: Subject);
        var cases = new (string Field, UpdateNotificationSettingsRequest Request)[]
        {
            ("settings.email_address", Update(new string('a', 250) + "@x.cn", true)),
            ("settings.email_address", Update("不是邮箱", true)),
            ("settings.email_address", Update("Name <a@b.cn>", true)),
            ("settings.email_address", Update("", true)),
            ("update_mask", Update("a@b.cn", true, "phone")),
            ("update_mask", Update("a@b.cn", true, "email_address", "email_address", "email_enabled")),
        };
        foreach (var (field, request) in cases)
        {
            Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(
                () => client.UpdateNotificationSettingsAsync(request, token).ResponseAsync));
        }

        var stored = await client.GetNotificationSettingsAsync(new GetNotificationSettingsRequest(), token);
        Assert.Equal(new NotificationSettings(), stored.Settings);
    }

    private static UpdateNotificationSettingsRequest Update(string address, bool enabled, params string[] paths)
    {
        var request = new UpdateNotificationSettingsRequest
        {
            Settings = new NotificationSettings { EmailAddress = address, EmailEnabled = enabled },
        };
        if (paths.Length > 0)
        {
            request.UpdateMask = new FieldMask { Paths = { paths } };
        }

        return request;
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Notifications.V1;
using EmailState = Volunteer.Notifications.Inbox.EmailState;
using Volunteer.Testing;

namespace Volunteer.Notifications.Tests;

/// <summary>Mail goes once to the address a person set for themself, through a real SMTP conversation.</summary>
public sealed class EmailTests(MailingNotificationsHost host) : IClassFixture<MailingNotificationsHost>
{
    [Fact]
    public async Task A_notification_is_mailed_once_to_the_address_its_recipient_set()
    {
        var world = await new NotificationWorld(host).BuildAsync();
        var client = host.Client();
        var settings = await client.UpdateNotificationSettingsAsync(new UpdateNotificationSettingsRequest
        {
            Settings = new NotificationSettings { EmailAddress = "v1@volunteer.test", EmailEnabled = true },
        }, world.TokenOf(world.V1.ToString()));
        Assert.True(settings.Settings.EmailEnabled);

        await host.DeliverAsync(world.Confirmed(world.V1));
        // V2 set no address: the inbox only.
        await host.DeliverAsync(world.Confirmed(world.V2));

        var sent = await Eventually.GetAsync(() => MailStateAsync(world.V1), s => s == EmailState.Sent);
        // Later batches must not send it again.
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(EmailState.Sent, sent);
        var mail = Assert.Single(host.Smtp.ReceivedEmail);
        Assert.Equal("v1@volunteer.test", mail.ToAddresses.Single().Address);
        Assert.Equal(EmailState.None, await MailStateAsync(world.V2));
    }

    private Task<EmailState> MailStateAsync(Guid volunteer) => host.InScopeAsync(db => db.Notifications
        .Where(n => n.Recipient == volunteer.ToString()).Select(n => n.EmailState).SingleAsync());
}

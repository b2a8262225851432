using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;

namespace Volunteer.Notifications.Tests;

/// <summary>The service with mail on, sending to an SMTP server of the test's own on a free loopback port.</summary>
public sealed class MailingNotificationsHost : NotificationsServiceHost
{
    public SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start(FreePort());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Email:Enabled", "true");
        builder.UseSetting("Notifications:Email:Host", "127.0.0.1");
        builder.UseSetting("Notifications:Email:Port", Smtp.Configuration.Port.ToString());
        builder.UseSetting("Notifications:Email:Security", "None");
        builder.UseSetting("Notifications:Email:From", "平台 <noreply@volunteer.test>");
        builder.UseSetting("Notifications:Email:PollInterval", "00:00:00.200");
    }

    public override async ValueTask DisposeAsync()
    {
        Smtp.Stop();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

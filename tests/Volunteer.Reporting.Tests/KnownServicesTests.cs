using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class KnownServicesTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task An_announced_instance_is_listed_once_even_when_announced_twice()
    {
        using var channel = host.CreateChannel();
        var client = new ReportingService.ReportingServiceClient(channel);
        var headers = host.BearerToken(PlatformRoles.ReportViewer);
        var bus = host.Services.GetRequiredService<IBus>();
        var announcement = new ServiceInstanceStarted("roster", $"test-{Guid.NewGuid():N}"[..20], "9.9.9", DateTimeOffset.UtcNow.AddMinutes(-1));

        await bus.Publish(announcement);
        await bus.Publish(announcement);
        var listed = await Eventually.GetAsync(
            async () => (await client.GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).KnownServices
                .Where(s => s.InstanceId == announcement.InstanceId).ToList(),
            l => l.Count > 0);
        // Give the second copy time to land before counting.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var final = (await client.GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).KnownServices
            .Where(s => s.InstanceId == announcement.InstanceId).ToList();

        var known = Assert.Single(final);
        Assert.NotEmpty(listed);
        Assert.Equal("roster", known.Name);
        Assert.Equal("9.9.9", known.Version);
        Assert.Equal(announcement.StartedAt.ToUnixTimeSeconds(), known.StartedAt.Seconds);
    }
}

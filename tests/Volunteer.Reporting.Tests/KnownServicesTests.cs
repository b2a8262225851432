using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class KnownServicesTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly DateTimeOffset Started = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_instance_is_listed_once_with_its_latest_announcement_whatever_the_order_or_repeats()
    {
        var instanceId = $"test-{Guid.NewGuid():N}"[..20];
        var first = new ServiceInstanceAnnounced("roster", instanceId, "9.9.9", Started, Started.AddSeconds(1));
        var latest = first with { AnnouncedAt = Started.AddMinutes(2) };
        var bus = host.Services.GetRequiredService<IBus>();
        await host.WaitUntilReadyAsync();

        await bus.Publish(latest);
        await bus.Publish(latest);
        await bus.Publish(first);
        // The stale announcement went last; once it is consumed the queue holds nothing of this instance.
        var listed = await Eventually.GetAsync(() => ListAsync(instanceId), l => l.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(1));
        listed = await ListAsync(instanceId);

        var known = Assert.Single(listed);
        Assert.Equal("roster", known.Name);
        Assert.Equal("9.9.9", known.Version);
        Assert.Equal(Started, known.StartedAt.ToDateTimeOffset());
        Assert.Equal(latest.AnnouncedAt, known.LastAnnouncedAt.ToDateTimeOffset());
    }

    private async Task<List<KnownService>> ListAsync(string instanceId)
    {
        using var channel = host.CreateChannel();
        var response = await new ReportingService.ReportingServiceClient(channel)
            .GetServiceInfoAsync(new GetServiceInfoRequest(), host.BearerToken(PlatformRoles.ReportViewer));
        return [.. response.KnownServices.Where(s => s.InstanceId == instanceId)];
    }
}

using MassTransit;
using Microsoft.Extensions.Logging;
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

    [Fact]
    public async Task Announcements_of_a_new_instance_handled_at_once_list_it_once_without_a_database_error()
    {
        var instanceId = $"test-{Guid.NewGuid():N}"[..20];
        var announcements = Enumerable.Range(1, 20)
            .Select(i => new ServiceInstanceAnnounced("activity", instanceId, "9.9.9", Started, Started.AddSeconds(i)))
            .ToList();
        var bus = host.Services.GetRequiredService<IBus>();
        await host.WaitUntilReadyAsync();
        await host.ClearStartUpLogsAsync();

        await Task.WhenAll(announcements.Select(a => bus.Publish(a)));
        var latest = announcements[^1].AnnouncedAt;
        var listed = await Eventually.GetAsync(
            () => ListAsync(instanceId), l => l.Count > 0 && l[0].LastAnnouncedAt.ToDateTimeOffset() == latest);

        Assert.Equal(latest, Assert.Single(listed).LastAnnouncedAt.ToDateTimeOffset());
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    private async Task<List<KnownService>> ListAsync(string instanceId)
    {
        using var channel = host.CreateChannel();
        var response = await new ReportingService.ReportingServiceClient(channel)
            .GetServiceInfoAsync(new GetServiceInfoRequest(), host.BearerToken(PlatformRoles.ReportViewer));
        return [.. response.KnownServices.Where(s => s.InstanceId == instanceId)];
    }
}

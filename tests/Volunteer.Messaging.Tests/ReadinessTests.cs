using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Volunteer.Messaging.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task A_started_service_is_ready_at_once_so_no_probe_finds_its_bus_not_started()
    {
        var scenario = await MessagingScenario.CreateAsync();
        using var consumer = scenario.Consumer();

        await consumer.StartAsync();
        var report = await consumer.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Tags.Contains(HealthTags.Broker));

        Assert.Equal(HealthStatus.Healthy, report.Status);
        await consumer.StopAsync();
    }
}

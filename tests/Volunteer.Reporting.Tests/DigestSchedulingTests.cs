using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>The schedule on the fake clock: each digest once, missed runs caught up, two replicas never both producing one.</summary>
public sealed class DigestSchedulingTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task Digests_are_produced_once_per_period_caught_up_after_downtime_and_never_twice_by_racing_replicas()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        await events.PublishAllAsync(
            events.Union(events.Province, null, "广东省教科文卫工会", "provincial", 100, 1000),
            events.Union(events.City1, events.Province, "广州市教育工会", "city-education", 30, 300));
        await Eventually.GetAsync(() => CountAsync<Volunteer.UnionTree.UnionNode>(host), n => n == 2);

        // Since 1 June at Monday 15 June 10:00: three weeks and May, province-wide and for the city.
        Assert.Equal(8, await CatchUpAsync(host));
        Assert.Equal(0, await CatchUpAsync(host));

        // Three weeks down: three weekly runs and the June monthly run were missed.
        host.Clock.Advance(TimeSpan.FromDays(21));
        await using var second = host.WithWebHostBuilder(_ => { });
        var raced = await Task.WhenAll(CatchUpAsync(host), CatchUpAsync(second));

        Assert.Equal(8, raced.Sum());
        Assert.Equal(16, await CountAsync<DigestRow>(host));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var keys = await db.Digests.Select(d => $"{d.Kind} {d.ScopeKey} {d.PeriodStart:yyyy-MM-dd}").ToListAsync();
        Assert.Contains($"weekly province 2026-06-29", keys);
        Assert.Contains($"monthly {events.City1} 2026-06-01", keys);
    }

    private static async Task<int> CatchUpAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRunner>().CatchUpAsync(CancellationToken.None);
    }

    private static async Task<int> CountAsync<T>(ReportingServiceHost host) where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Set<T>().CountAsync();
    }
}

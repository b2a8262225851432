using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>A union registered on the fake clock's Monday 15 June 2026 gets no digests of the weeks before it.</summary>
public sealed class DigestBeginningTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_new_union_gets_no_digests_for_periods_that_ended_before_it_existed()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        await events.PublishAllAsync(
            events.Union(events.Province, null, "广东省教科文卫工会", "provincial", 100, 1000),
            new UnionRegistered(events.City1, events.Province, "清远市教育工会", "city-education", "441800", 10, 100,
                ReportingServiceHost.Start));
        await Eventually.GetAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().UnionTargets.CountAsync(t => t.RegisteredAt != null);
        }, n => n == 2);

        Assert.Equal(4, await CatchUpAsync());
        Assert.DoesNotContain(await KeysAsync(), k => k.StartsWith(events.City1.ToString()));

        // The week it was registered in ended on Sunday 21 June: its first digest.
        host.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await CatchUpAsync());
        Assert.Equal([$"{events.City1} weekly 2026-06-15"], (await KeysAsync()).Where(k => k.StartsWith(events.City1.ToString())));
    }

    private async Task<int> CatchUpAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRunner>().CatchUpAsync(CancellationToken.None);
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Digests
            .Select(d => d.ScopeKey + " " + d.Kind + " " + d.PeriodStart.ToString("yyyy-MM-dd")).ToListAsync();
    }
}

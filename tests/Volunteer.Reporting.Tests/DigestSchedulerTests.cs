using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>The hosted schedule: catches up when the service starts, then wakes at the next cron time of the clock.</summary>
public sealed class DigestSchedulerTests(ScheduledReportingHost host) : IClassFixture<ScheduledReportingHost>
{
    [Fact]
    public async Task The_service_catches_up_at_start_and_produces_the_next_weekly_digest_when_its_time_comes()
    {
        await host.WaitUntilReadyAsync();

        // Since 1 June at Monday 15 June 10:00: weeks of 25 May, 1 and 8 June, and May.
        Assert.Equal(["monthly 2026-05-01", "weekly 2026-05-25", "weekly 2026-06-01", "weekly 2026-06-08"],
            await Eventually.GetAsync(KeysAsync, keys => keys.Count == 4));

        host.Clock.Advance(TimeSpan.FromDays(7));

        // Each look moves the clock a minute on, as time would, so the scheduler's sleep always ends.
        var keys = await Eventually.GetAsync(() =>
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            return KeysAsync();
        }, keys => keys.Count == 5);
        Assert.Equal("weekly 2026-06-15", keys[^1]);
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Digests
            .OrderBy(d => d.PeriodStart).ThenBy(d => d.Kind)
            .Select(d => d.Kind + " " + d.PeriodStart.ToString("yyyy-MM-dd")).ToListAsync();
    }
}

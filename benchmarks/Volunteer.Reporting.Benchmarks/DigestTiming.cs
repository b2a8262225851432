using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>Produces a province-wide digest from scratch (deleting any made before) and times it.</summary>
internal static class DigestTiming
{
    /// <returns>Milliseconds.</returns>
    public static async Task<double> MeasureAsync(ReportingBenchmarkHost host, string kind, DateOnly day)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Digests.ExecuteDeleteAsync();
        var province = await scope.ServiceProvider.GetRequiredService<ReportScopes>()
            .ProvinceAsync(CancellationToken.None);
        var period = scope.ServiceProvider.GetRequiredService<DigestPeriods>().Holding(kind, day)!;
        var clock = Stopwatch.StartNew();
        var (digest, created) = await scope.ServiceProvider.GetRequiredService<DigestProducer>()
            .ProduceAsync(kind, province, period, "benchmark", CancellationToken.None);
        clock.Stop();
        if (!created || digest.Content.Length < 100)
        {
            throw new InvalidOperationException("The digest was not produced.");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}

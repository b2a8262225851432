using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>Produces the same province-wide digest several times (deleting it in between) and keeps each duration.</summary>
internal static class DigestTiming
{
    public static async Task<List<double>> MeasureAsync(ReportingBenchmarkHost host, string kind, DateOnly day, int runs)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await db.Digests.ExecuteDeleteAsync();
            var province = await scope.ServiceProvider.GetRequiredService<ReportScopes>().ProvinceAsync(CancellationToken.None);
            var period = DigestPeriods.Holding(kind, day)!;
            var clock = Stopwatch.StartNew();
            var (digest, created) = await scope.ServiceProvider.GetRequiredService<DigestProducer>().ProduceAsync(kind, province, period, "benchmark", CancellationToken.None);
            clock.Stop();
            if (!created || digest.Content.Length < 100)
            {
                throw new InvalidOperationException("The digest was not produced.");
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}

using Microsoft.Extensions.Options;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// Catches up at start, then sleeps on the injected clock until the next run, at most a minute at a time,
/// so a clock that jumps (a suspended machine, a test's fake clock) is noticed within a minute; each wake
/// also produces new versions of digests whose periods got later data. Every replica may run it: the
/// digests' unique key lets only one of them produce each version.
/// </summary>
public sealed class DigestScheduler(IServiceScopeFactory scopes, DigestSchedule schedule, IOptions<DigestOptions> options, TimeProvider timeProvider, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Delay(options.Value.StartDelay, timeProvider, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = AfterFailure;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var produced = await scope.ServiceProvider.GetRequiredService<DigestRunner>().CatchUpAsync(stoppingToken);
                var revised = await scope.ServiceProvider.GetRequiredService<DigestRevisions>()
                    .ReviseAsync(stoppingToken);
                if (produced + revised > 0)
                {
                    logger.LogInformation(
                        "Scheduled digests produced: {Produced}, new versions: {Revised}", produced, revised);
                }

                wait = schedule.Next() is { } next ? next - timeProvider.GetUtcNow() : LongestSleep;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled digests failed; trying again in {Wait}", AfterFailure);
            }

            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait, timeProvider, stoppingToken);
        }
    }
}

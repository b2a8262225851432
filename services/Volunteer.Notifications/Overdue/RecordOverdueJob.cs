using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Notifications.Overdue;

/// <summary>Runs the overdue scan at start and then every ScanInterval, on the campaign's calendar day.</summary>
public sealed partial class RecordOverdueJob(
    IServiceScopeFactory scopes, IOptions<OverdueOptions> options, TimeProvider time, ILogger<RecordOverdueJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var scan = scope.ServiceProvider.GetRequiredService<RecordOverdueScan>();
                var found = await scan.RunAsync(CampaignClock.Today(time), stoppingToken);
                if (found > 0)
                {
                    LogOverdue(logger, found);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a concurrent replica's scan may have taken these rows meanwhile.
                LogScanFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced {Count} overdue activity records")]
    private static partial void LogOverdue(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue record scan failed ({Error}); trying at the next tick")]
    private static partial void LogScanFailed(ILogger logger, string error);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Tells the other replicas' relays that this process has committed outbox rows (PostgreSQL NOTIFY on the
/// service's <see cref="OutboxChannel"/>). It runs beside the writers rather than in their transactions,
/// so a write costs no extra round trip, and one notification covers every commit made while the
/// previous one was on its way.
/// </summary>
internal sealed partial class OutboxNotifier<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxChannel channel,
    ILogger<OutboxNotifier<TContext>> logger) : BackgroundService where TContext : DbContext
{
    // Under load, one notification covers the commits of this long; a relay it wakes reads them all.
    private static readonly TimeSpan QuietTime = TimeSpan.FromMilliseconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitForLocalCommitAsync(stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // A notification lost in a crash costs a poll, so its commit need not wait for the disk.
                await scope.ServiceProvider.GetRequiredService<TContext>().Database.ExecuteSqlAsync(
                    $"select pg_notify({channel.Name}, ''), set_config('synchronous_commit', 'off', true)",
                    stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The other replicas' poll finds the rows instead; the next commit notifies again.
                LogNotifyFailed(logger, e.GetType().Name);
            }

            await Task.Delay(QuietTime, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify the other outbox relays ({Error})")]
    private static partial void LogNotifyFailed(ILogger logger, string error);
}

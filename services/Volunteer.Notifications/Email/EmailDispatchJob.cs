using Microsoft.Extensions.Options;

namespace Volunteer.Notifications.Email;

/// <summary>Drains pending mail while there is any, then looks every PollInterval; idle when mail is off.</summary>
public sealed partial class EmailDispatchJob(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailDispatchJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var settled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                settled = await scope.ServiceProvider.GetRequiredService<EmailDispatch>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBatchFailed(logger, e.GetType().Name);
            }

            if (settled < options.Value.BatchSize)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail batch failed ({Error}); trying again later")]
    private static partial void LogBatchFailed(ILogger logger, string error);
}

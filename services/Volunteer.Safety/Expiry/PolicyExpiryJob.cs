using Microsoft.Extensions.Options;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Expiry;

/// <summary>Runs the expiry scan when the service starts and then every day at the configured time (Asia/Shanghai).</summary>
public sealed partial class PolicyExpiryJob(
    IServiceScopeFactory scopes, IOptions<ExpiryOptions> options, TimeProvider timeProvider, ILogger<PolicyExpiryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var announced = await scope.ServiceProvider.GetRequiredService<PolicyExpiryScan>().RunAsync(CampaignClock.Today(timeProvider), stoppingToken);
                LogRun(announced);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tomorrow's run announces what today's missed: notices are written only with their events.
                LogFailed(e);
            }

            await Task.Delay(UntilNextRun(), timeProvider, stoppingToken);
        }
    }

    private TimeSpan UntilNextRun()
    {
        var now = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), CampaignClock.Zone);
        var next = CampaignClock.DayOf(now).ToDateTime(options.Value.RunAt);
        if (next <= now.DateTime)
        {
            next = next.AddDays(1);
        }

        return next - now.DateTime;
    }

    [LoggerMessage(LogLevel.Information, "Policy expiry check announced {Announced} expiring policies")]
    private partial void LogRun(int announced);

    [LoggerMessage(LogLevel.Error, "Policy expiry check failed")]
    private partial void LogFailed(Exception exception);
}

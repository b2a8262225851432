namespace Volunteer.Identity.Oidc;

/// <summary>Prunes ended tokens every hour; a failed round is logged and the next one tries again.</summary>
public sealed class TokenPruningService(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<TokenPruningService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (tokens, authorizations) = await scope.ServiceProvider.GetRequiredService<EndedTokenPruning>()
                    .PruneAsync(time.GetUtcNow(), stoppingToken);
                logger.LogInformation("Pruned {Tokens} ended tokens and {Authorizations} authorizations",
                    tokens, authorizations);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pruning ended tokens failed; the next round is in {Interval}", Interval);
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Listens on the service's <see cref="OutboxChannel"/> and wakes this process's relay when any replica
/// commits outbox rows. It holds a connection of its own (LISTEN belongs to the session) and opens a new
/// one, with back-off, whenever that one fails; the relay's poll covers the time in between.
/// </summary>
internal sealed partial class OutboxListener<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxChannel channel,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxListener<TContext>> logger) : BackgroundService where TContext : DbContext
{
    /// <summary>The listening session's application_name, to tell it apart in pg_stat_activity.</summary>
    public const string ApplicationName = "volunteer-outbox-listener";

    // Short: a session ended by the server (a restart, a terminated backend) is usually back at once.
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new RetryBackoff(FirstReconnectDelay, options.Value.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await ListenAsync(stoppingToken);
                backoff.Reset();
                // Rows committed while nobody listened were announced to no one.
                signal.CommittedElsewhere();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var pause = backoff.Next();
                LogListenerFailed(logger, e.GetType().Name, pause.TotalSeconds);
                await Task.Delay(pause, timeProvider, stoppingToken);
            }
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
                ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");
        }

        // Unpooled, since the session keeps listening; keep-alives find a connection that died silently.
        var listening = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = ApplicationName,
        };
        var connection = new NpgsqlConnection(listening.ConnectionString);
        try
        {
            await connection.OpenAsync(stoppingToken);
            connection.Notification += (_, _) => signal.CommittedElsewhere();
            await using var listen = new NpgsqlCommand($"listen \"{channel.Name}\"", connection);
            await listen.ExecuteNonQueryAsync(stoppingToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox listener lost its connection ({Error}); listening again in {DelaySeconds:F1} s")]
    private static partial void LogListenerFailed(ILogger logger, string error, double delaySeconds);
}

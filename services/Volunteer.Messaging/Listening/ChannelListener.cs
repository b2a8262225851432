using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Volunteer.Messaging.Outbox;

namespace Volunteer.Messaging.Listening;

/// <summary>
/// LISTENs on one PostgreSQL channel of the service's database and calls <see cref="OnNotified"/> whenever any
/// replica NOTIFYs it. It holds a connection of its own (LISTEN belongs to the session) and opens a new one,
/// with back-off, whenever that one fails; whoever is woken keeps a poll to cover the time in between.
/// </summary>
public abstract partial class ChannelListener<TContext>(
    IServiceScopeFactory scopes, TimeProvider timeProvider, TimeSpan maxBackoff, ILogger logger)
    : BackgroundService where TContext : DbContext
{
    // Short: a session ended by the server (a restart, a terminated backend) is usually back at once.
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>The channel to LISTEN on.</summary>
    protected abstract string Channel { get; }

    /// <summary>The listening session's application_name, to tell it apart in pg_stat_activity.</summary>
    protected abstract string ApplicationName { get; }

    /// <summary>Called for each notification and once after every (re)connection.</summary>
    protected abstract void OnNotified();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new RetryBackoff(FirstReconnectDelay, maxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await ListenAsync(stoppingToken);
                backoff.Reset();
                // Whatever was announced while nobody listened reached no one.
                OnNotified();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var pause = backoff.Next();
                LogListenerFailed(logger, Channel, e.GetType().Name, pause.TotalSeconds);
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
            connection.Notification += (_, _) => OnNotified();
            await using var listen = new NpgsqlCommand($"listen \"{Channel}\"", connection);
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
        Message = "Listener on {Channel} lost its connection ({Error}); listening again in {DelaySeconds:F1} s")]
    private static partial void LogListenerFailed(ILogger logger, string channel, string error, double delaySeconds);
}

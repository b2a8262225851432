using Microsoft.EntityFrameworkCore;
using Npgsql;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Live;

/// <summary>
/// LISTENs on <see cref="NotificationWriter.Channel"/> with a connection of its own, as the outbox relay's
/// listener does, and wakes this replica's streams whenever any replica stores notifications. When the
/// session fails it listens again after a pause; the streams' own poll covers the gap.
/// </summary>
public sealed partial class NotificationListener(
    IServiceScopeFactory scopes, NotificationSignal signal, TimeProvider time, ILogger<NotificationListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await ListenAsync(stoppingToken);
                // Rows committed while nobody listened were announced to no one.
                signal.Stored();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogListenerFailed(logger, e.GetType().Name);
                await Task.Delay(ReconnectDelay, time, stoppingToken);
            }
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database;
            connectionString = database.GetConnectionString()
                ?? throw new InvalidOperationException("notificationsdb has no connection string");
        }

        // Unpooled, since the session keeps listening; keep-alives find a connection that died silently.
        var listening = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, KeepAlive = 15, ApplicationName = "volunteer-notification-listener",
        };
        var connection = new NpgsqlConnection(listening.ConnectionString);
        try
        {
            await connection.OpenAsync(stoppingToken);
            connection.Notification += (_, _) => signal.Stored();
            await using var listen = new NpgsqlCommand($"listen \"{NotificationWriter.Channel}\"", connection);
            await listen.ExecuteNonQueryAsync(stoppingToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification listener lost its connection ({Error})")]
    private static partial void LogListenerFailed(ILogger logger, string error);
}

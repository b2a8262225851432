using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Applies pending migrations at start-up, before the web server opens. Replicas starting at once
/// queue on a PostgreSQL advisory lock so exactly one applies each migration; the others then find
/// nothing pending. EF's own migration lock starts only after the history table exists, so on an
/// empty database two replicas could still race to create that table; the advisory lock covers the
/// whole run. It lives on its own connection because it belongs to the session. A database the server
/// does not have yet is created first.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var started = Stopwatch.GetTimestamp();

        // Unpooled: a pooled connection would go back to the pool still holding the session lock and
        // keep every other replica waiting until the pool happened to reuse it.
        await using var lockConnection = await MissingDatabase.OpenCreatingAsync(
            context.Database.GetConnectionString()!, cancellationToken);
        await using (var acquire = new NpgsqlCommand("select pg_advisory_lock(hashtext(@name))", lockConnection))
        {
            acquire.Parameters.AddWithValue("name", typeof(TContext).FullName!);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        // Closing the (unpooled) connection ends the session and with it the lock.
        LogMigrated(logger, typeof(TContext).Name, pending.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Context}: applied {Count} migrations in {ElapsedMs:F0} ms")]
    private static partial void LogMigrated(ILogger logger, string context, int count, double elapsedMs);
}

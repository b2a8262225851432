using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Applies pending migrations at start-up, before the web server opens. Replicas starting at once
/// queue on a PostgreSQL advisory lock so exactly one applies each migration; the others then find
/// nothing pending. EF's own migration lock starts only after the history table exists, so on an
/// empty database two replicas could still race to create that table; the advisory lock covers the
/// whole run. A database the server does not have yet is created first. The service's
/// <see cref="IStartupStep{TContext}"/>s run next, under the same lock.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var started = Stopwatch.GetTimestamp();

        await using var startupLock = await StartupLock.AcquireAsync(
            context.Database.GetConnectionString()!, typeof(TContext).FullName!, cancellationToken);
        // EF reads the history table before it creates it and logs the failed read of a fresh database as an
        // error (dotnet/efcore#37328); an operator would chase it on every first start.
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        LogMigrated(logger, typeof(TContext).Name, pending.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep<TContext>>())
        {
            await step.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Context}: applied {Count} migrations in {ElapsedMs:F0} ms")]
    private static partial void LogMigrated(ILogger logger, string context, int count, double elapsedMs);
}

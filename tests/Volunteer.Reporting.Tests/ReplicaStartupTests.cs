using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Volunteer.Reporting.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class ReplicaStartupTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task Two_replicas_starting_at_once_on_an_empty_database_both_start_and_migrate_it_once_logging_no_database_error()
    {
        await using var first = host.WithWebHostBuilder(_ => { });
        await using var second = host.WithWebHostBuilder(_ => { });

        // Creating the server runs start-up, migrations included.
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""select count(*) from "__EFMigrationsHistory" """, connection);
        Assert.Equal((long)db.Database.GetMigrations().Count(), await count.ExecuteScalarAsync());
        Assert.True((await first.CreateClient().GetAsync("/alive")).IsSuccessStatusCode);
        Assert.True((await second.CreateClient().GetAsync("/alive")).IsSuccessStatusCode);
        // A first start is routine: nothing in it an operator would read as a database failure.
        Assert.All(new[] { first, second }, replica => Assert.DoesNotContain(
            replica.Services.GetFakeLogCollector().GetSnapshot(),
            log => log.Level >= LogLevel.Error && log.Category?.StartsWith("Microsoft.EntityFrameworkCore") == true));
    }

    [Fact]
    public async Task A_replica_starting_beside_a_running_one_is_not_held_up_by_its_migration_lock()
    {
        await using var running = host.WithWebHostBuilder(_ => { });
        _ = running.Server;
        await using var joining = host.WithWebHostBuilder(_ => { });

        var started = Task.Run(() => joining.Server);

        Assert.Same(started, await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.True((await joining.CreateClient().GetAsync("/alive")).IsSuccessStatusCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Volunteer.Messaging.TestApp;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

/// <summary>A service on a server that does not have its database yet, as on an external server.</summary>
public sealed class DatabaseCreationTests
{
    [Fact]
    public async Task Replicas_starting_at_once_on_a_server_without_their_database_create_it_once_and_migrate_it()
    {
        var servers = await TestServers.GetAsync();
        var database = new NpgsqlConnectionStringBuilder(servers.PostgresConnectionString)
        {
            Database = $"t_{Guid.NewGuid():N}",
        }.ConnectionString;
        var scenario = new MessagingScenario(database, database, await servers.RabbitMq.CreateVirtualHostAsync());
        var replicas = Enumerable.Range(0, 3).Select(_ => scenario.Producer()).ToList();

        await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.StartAsync())));

        await using var scope = replicas[0].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations().Count(), await db.Database.SqlQueryRaw<int>(
            """select count(*)::int as "Value" from "__EFMigrationsHistory" """).SingleAsync());
        await MessagingScenario.RecordNumbersAsync(replicas[1], [1]);
        foreach (var replica in replicas)
        {
            await replica.StopAsync();
            replica.Dispose();
        }
    }
}

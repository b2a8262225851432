using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Creates a service's database on a server that does not have it yet: external servers (production, the
/// external-mode end-to-end run) start empty, while the AppHost's local and container servers create it
/// beforehand. Only a refused connection costs the detour, so a service whose database exists never needs
/// rights on the server's maintenance database.
/// </summary>
internal static class MissingDatabase
{
    /// <summary>The database every PostgreSQL server has, to connect to while the service's own is missing.</summary>
    private const string MaintenanceDatabase = "postgres";

    /// <summary>Opens an unpooled session on the database, creating the database first when it is missing.</summary>
    public static async Task<NpgsqlConnection> OpenCreatingAsync(
        string connectionString, CancellationToken cancellationToken)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        try
        {
            return await OpenAsync(unpooled.ConnectionString, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await CreateAsync(unpooled, cancellationToken);
            return await OpenAsync(unpooled.ConnectionString, cancellationToken);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Replicas starting together race to create it: the losers meet duplicate_database, or, when both
    // passed the name check at once, the unique index of the catalogue; either way the database exists.
    private static async Task CreateAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var name = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var server = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = MaintenanceDatabase };
        await using var connection = await OpenAsync(server.ConnectionString, cancellationToken);
        await using var create = new NpgsqlCommand($"create database \"{name.Replace("\"", "\"\"")}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e)
            when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another replica created it a moment ago.
        }
    }
}

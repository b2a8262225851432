using Npgsql;
using Volunteer.Messaging.Outbox;
using Volunteer.Messaging.TestApp;

namespace Volunteer.Messaging.Tests;

/// <summary>The outbox listeners' sessions on a database, as PostgreSQL sees them.</summary>
internal static class ListenerSessions
{
    private const string Filter =
        "from pg_stat_activity where datname = current_database() and application_name = @name";

    /// <summary>Sessions that started listening after <paramref name="since"/> (UTC).</summary>
    public static Task<long> CountAsync(string database, DateTime since) =>
        QueryAsync(database, $"select count(*) {Filter} and backend_start > @since", since);

    /// <summary>Ends the sessions from the server side, as a database restart or failover would.</summary>
    public static Task<long> TerminateAsync(string database) =>
        QueryAsync(database, $"select count(pg_terminate_backend(pid)) {Filter}", DateTime.UnixEpoch);

    private static async Task<long> QueryAsync(string database, string sql, DateTime since)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", OutboxListener<TestDbContext>.SessionName);
        command.Parameters.AddWithValue("since", since);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// A PostgreSQL session advisory lock that replicas starting at once queue on, so one-time start-up work
/// (migrations, registrations) runs on one replica at a time. It lives on its own unpooled connection: a
/// pooled one would go back to the pool still holding the lock and keep every other replica waiting until
/// the pool happened to reuse it. Disposing closes the connection, which ends the session and the lock.
/// </summary>
internal static class StartupLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(
        string connectionString, string name, CancellationToken cancellationToken)
    {
        var connection = await MissingDatabase.OpenCreatingAsync(connectionString, cancellationToken);
        try
        {
            await using var acquire = new NpgsqlCommand("select pg_advisory_lock(hashtext(@name))", connection);
            acquire.Parameters.AddWithValue("name", name);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

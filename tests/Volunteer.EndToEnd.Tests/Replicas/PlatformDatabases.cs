using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>Reads the services' databases directly: what the platform did rather than what it answers.</summary>
internal sealed class PlatformDatabases(DistributedApplication app)
{
    public static readonly string[] All = ["rosterdb", "activitydb", "safetydb", "reportingdb", "identitydb"];

    public async Task<long> CountAsync(string database, string sql, params object[] parameters) =>
        Convert.ToInt64((await QueryAsync(database, sql, parameters, reader => reader.GetValue(0))).Single());

    public async Task<List<Guid>> IdsAsync(string database, string sql, params object[] parameters) =>
        await QueryAsync(database, sql, parameters, reader => reader.GetGuid(0));

    private async Task<List<T>> QueryAsync<T>(
        string database, string sql, object[] parameters, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

using System.Data.Common;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Lets Npgsql prepare the statements a service runs again and again (owner lookups, finds, inserts), so
/// PostgreSQL parses and plans each once per connection instead of on every call. A connection string that
/// sets "Max Auto Prepare" itself (e.g. 0 behind a pooler without prepared-statement support) keeps its value.
/// </summary>
public static class StatementPreparation
{
    private const int PreparedPerConnection = 200;

    public static string? Apply(string? connectionString)
    {
        if (connectionString is null)
        {
            return null;
        }

        // The generic builder holds only the keys the string names, so an explicit value is recognised.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = PreparedPerConnection }
            .ConnectionString;
    }
}

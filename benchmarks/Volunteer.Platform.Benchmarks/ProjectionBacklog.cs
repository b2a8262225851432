using Npgsql;

namespace Volunteer.Platform.Benchmarks;

/// <summary>
/// How many of the events reporting builds its read models from are not yet projected: every such event the
/// services' outboxes hold (sent or not) against the events reporting has logged in projected_events.
/// </summary>
internal sealed class ProjectionBacklog(IReadOnlyList<string> producerDatabases, string reportingDatabase)
{
    // The services' own announcements and digests are not projected; every other event is.
    private const string ProjectedEvents = """
        select count(*) from outbox_messages
        where message_type like 'Volunteer.Contracts.Events.%'
          and message_type not like 'Volunteer.Contracts.Events.ServiceInstanceAnnounced,%'
          and message_type not like 'Volunteer.Contracts.Events.DigestPublished,%'
        """;

    public async Task<long> CountAsync()
    {
        long produced = 0;
        foreach (var database in producerDatabases)
        {
            produced += await ScalarAsync(database, ProjectedEvents);
        }

        return produced - await ScalarAsync(reportingDatabase, "select count(*) from projected_events");
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }
}

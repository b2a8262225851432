using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Data;

/// <summary>
/// Stores one import call's volunteers in one transaction, in bulk: people registered already are found by
/// lookup hash in one query, the others are written by binary COPY with their honours and Registered events.
/// </summary>
public sealed class ImportStore(RosterDbContext db, OutboxSignal outbox)
{
    private const int Attempts = 3;
    private const string LookupHashIndex = "ix_staff_volunteers_id_number_lookup_hash";

    /// <returns>The ids of the volunteers stored; the others are registered already.</returns>
    public async Task<IReadOnlySet<Guid>> RegisterAsync(
        IReadOnlyList<PreparedVolunteer> volunteers, CancellationToken cancellationToken)
    {
        if (volunteers.Count == 0)
        {
            return new HashSet<Guid>();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Retried as a whole on transient failures: a failed attempt committed nothing.
                var registered = await db.Database.CreateExecutionStrategy()
                    .ExecuteAsync(token => WriteAsync(volunteers, token), cancellationToken);
                if (registered.Count > 0)
                {
                    outbox.Committed();
                }

                return registered;
            }
            catch (PostgresException e) when (IsSamePersonMeanwhile(e))
            {
                // Another call registered one of these people after the check; run again, it is found now.
                if (attempt == Attempts)
                {
                    throw new ConcurrentChangeException();
                }
            }
        }
    }

    private static bool IsSamePersonMeanwhile(PostgresException e) =>
        e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: LookupHashIndex };

    private async Task<HashSet<Guid>> WriteAsync(
        IReadOnlyList<PreparedVolunteer> volunteers, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var existing = await RegisteredAlreadyAsync(connection, volunteers, cancellationToken);
        var added = volunteers
            .Where(p => !existing.Contains(Convert.ToHexString(p.Volunteer.IdNumberLookupHash))).ToList();

        var staffVolunteers = EntityCopy.Of<StaffVolunteer>(db);
        await staffVolunteers.WriteAsync(
            connection, staffVolunteers.Table, added.Select(p => p.Volunteer), cancellationToken);
        var honours = EntityCopy.Of<VolunteerHonour>(db);
        await honours.WriteAsync(
            connection, honours.Table, added.SelectMany(p => HonoursOf(p.Volunteer)), cancellationToken);
        var outbox = EntityCopy.Of<OutboxMessage>(db);
        await outbox.WriteAsync(connection, outbox.Table, added.Select(p => p.Registered), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. added.Select(p => p.Volunteer.Id)];
    }

    /// <returns>The lookup hashes (hex) of the people among <paramref name="volunteers"/> stored before.</returns>
    private static async Task<HashSet<string>> RegisteredAlreadyAsync(
        NpgsqlConnection connection, IReadOnlyList<PreparedVolunteer> volunteers, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            "select id_number_lookup_hash from staff_volunteers where id_number_lookup_hash = any(@hashes)",
            connection);
        query.Parameters.Add(new NpgsqlParameter<byte[][]>("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
        {
            TypedValue = [.. volunteers.Select(p => p.Volunteer.IdNumberLookupHash)],
        });
        var existing = new HashSet<string>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(Convert.ToHexString(reader.GetFieldValue<byte[]>(0)));
        }

        return existing;
    }

    // The factory leaves the owner to SaveChanges' fix-up; here no change tracker sets it.
    private static IEnumerable<VolunteerHonour> HonoursOf(StaffVolunteer volunteer) =>
        volunteer.Honours.Select(h => new VolunteerHonour
        {
            VolunteerId = volunteer.Id, Kind = h.Kind, Level = h.Level, Year = h.Year,
        });
}

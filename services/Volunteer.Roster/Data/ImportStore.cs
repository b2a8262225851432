using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Volunteers;

namespace Volunteer.Roster.Data;

/// <summary>
/// Stores one import call's volunteers in one transaction, in bulk: binary COPY into a staging table, one
/// INSERT … ON CONFLICT that keeps out people registered already (also by a concurrent call), then the
/// honours and the Registered events of the volunteers that went in, copied too.
/// </summary>
public sealed class ImportStore(RosterDbContext db)
{
    private const string Staging = "import_staging";

    /// <returns>The ids of the volunteers stored; the others are registered already.</returns>
    public async Task<IReadOnlySet<Guid>> RegisterAsync(
        IReadOnlyList<StaffVolunteer> volunteers, CancellationToken cancellationToken)
    {
        if (volunteers.Count == 0)
        {
            return new HashSet<Guid>();
        }

        // Retried as a whole: a failed attempt committed nothing.
        var (registered, events) = await db.Database.CreateExecutionStrategy()
            .ExecuteAsync(token => WriteAsync(volunteers, token), cancellationToken);
        await WakeOutboxRelayAsync(events, cancellationToken);
        return registered;
    }

    private async Task<(HashSet<Guid> Registered, List<OutboxMessage> Events)> WriteAsync(
        IReadOnlyList<StaffVolunteer> volunteers, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var staffVolunteers = EntityCopy.Of<StaffVolunteer>(db);
        await ExecuteAsync(
            $"create temp table {Staging} (like {staffVolunteers.Table} including defaults) on commit drop",
            cancellationToken);
        await staffVolunteers.WriteAsync(connection, Staging, volunteers, cancellationToken);
        var registered = await InsertNewAsync(connection, staffVolunteers, cancellationToken);
        var added = volunteers.Where(v => registered.Contains(v.Id)).ToList();

        var honours = EntityCopy.Of<VolunteerHonour>(db);
        await honours.WriteAsync(connection, honours.Table, added.SelectMany(HonoursOf), cancellationToken);
        var events = RegisteredEvents(added);
        var outbox = EntityCopy.Of<OutboxMessage>(db);
        await outbox.WriteAsync(connection, outbox.Table, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (registered, events);
    }

    private async Task<HashSet<Guid>> InsertNewAsync(
        NpgsqlConnection connection, EntityCopy staffVolunteers, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            $"insert into {staffVolunteers.Table} ({staffVolunteers.ColumnList}) " +
            $"select {staffVolunteers.ColumnList} from {Staging} " +
            "on conflict (id_number_lookup_hash) do nothing returning id",
            connection,
            (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        var registered = new HashSet<Guid>();
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            registered.Add(reader.GetGuid(0));
        }

        return registered;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    // The factory leaves the owner to SaveChanges' fix-up; here no change tracker sets it.
    private static IEnumerable<VolunteerHonour> HonoursOf(StaffVolunteer volunteer) =>
        volunteer.Honours.Select(h => new VolunteerHonour
        {
            VolunteerId = volunteer.Id, Kind = h.Kind, Level = h.Level, Year = h.Year,
        });

    // Built by the outbox's own AddIntegrationEvent (ids, type names, payloads, trace context), then copied.
    private List<OutboxMessage> RegisteredEvents(List<StaffVolunteer> added)
    {
        db.ChangeTracker.Clear();
        foreach (var volunteer in added)
        {
            db.AddIntegrationEvent(VolunteerFactory.Registered(volunteer));
        }

        var events = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        return events;
    }

    /// <summary>
    /// The relay is woken by the outbox's SaveChanges interceptor when a save without an open transaction
    /// leaves pending outbox rows tracked; a save of one committed row, unchanged, writes nothing and wakes it.
    /// </summary>
    private async Task WakeOutboxRelayAsync(List<OutboxMessage> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        db.Attach(events[0]);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

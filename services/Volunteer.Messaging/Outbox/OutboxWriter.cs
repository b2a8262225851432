using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Volunteer.Messaging.Inbox;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// Writes a row and its integration event in one statement that leaves both out when the row's table holds
/// it already (by any unique key), for a change that a repeat or a concurrent twin may have made first. Through
/// SaveChanges the twin would fail with a unique violation (an error line in the log, a replayed call);
/// here it is an ordinary answer. One statement needs no transaction around it: the write is one round trip.
/// </summary>
public sealed class OutboxWriter(ServiceDbContext service, OutboxSignal signal)
{
    /// <returns>False when the row was there already; its event is then not written either.</returns>
    public async Task<bool> InsertIfAbsentAsync<TRow>(
        TRow row, object integrationEvent, CancellationToken cancellationToken) where TRow : class
    {
        var db = service.Db;
        var message = OutboxMessage.For(integrationEvent);
        var inserted = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Row: row, Message: message),
            (context, write, cancel) => InsertAsync(context, write.Row, write.Message, cancel),
            // A statement whose answer was lost may have committed: then its event is there, and it is no repeat.
            async (context, write, cancel) => new ExecutionResult<bool>(
                await context.Set<OutboxMessage>().AnyAsync(m => m.Id == write.Message.Id, cancel), true),
            cancellationToken);
        if (inserted)
        {
            signal.Committed();
        }

        return inserted;
    }

    private static async Task<bool> InsertAsync<TRow>(
        DbContext db, TRow row, OutboxMessage message, CancellationToken cancellationToken) where TRow : class
    {
        var rows = MappedColumns.Of<TRow>(db);
        var events = MappedColumns.Of<OutboxMessage>(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""
                with inserted as (
                    insert into {rows.Table} ({rows.Names}) values ({rows.AddValues(command, row)})
                    on conflict do nothing returning 1)
                insert into {events.Table} ({events.Names}) select {events.AddValues(command, message)} from inserted
                """;
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

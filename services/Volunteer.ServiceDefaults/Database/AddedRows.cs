using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Stores the rows a unit of work adds by binary COPY, one statement per table, before SaveChanges sends the
/// rest: SaveChanges inserts row by row, and each insert is a statement the database parses, plans and fires
/// its statement triggers for. The copied rows are then tracked as saved. Rows SaveChanges must write itself
/// are left to it: those the database completes (identities, defaults, row versions), those that refer to
/// other rows (SaveChanges orders them) and those sharing a table with another type.
/// </summary>
public static class AddedRows
{
    /// <summary>Copies the added rows in the context's current transaction; the caller saves the rest.</summary>
    public static async Task CopyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var tables = db.ChangeTracker.Entries().Where(entry => entry.State == EntityState.Added)
            .GroupBy(entry => entry.Metadata).Where(table => Copyable(table.Key)).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var table in tables)
        {
            var copy = EntityCopy.Of(table.Key);
            await copy.WriteAsync(connection, copy.Table, table.Select(entry => entry.Entity), cancellationToken);
        }

        foreach (var entry in tables.SelectMany(table => table))
        {
            entry.State = EntityState.Unchanged;
        }
    }

    private static bool Copyable(IEntityType type) => !type.GetForeignKeys().Any() && EntityCopy.WritesWholeRows(type);
}

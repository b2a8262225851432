using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Stores the changes a unit of work made to rows of tables only it writes, one update per table: the rows'
/// new values are copied into a temporary table and set from there, where SaveChanges sends an update per
/// row, each a statement the database parses, plans and fires its statement triggers for. Every column is
/// set, not only those changed, which is right only where no other writer changes the same rows meanwhile:
/// hence the tables are the caller's to name. The rows are then tracked as saved.
/// </summary>
public static class ModifiedRows
{
    /// <summary>Updates the modified rows of these tables in the context's current transaction.</summary>
    public static async Task UpdateAsync(
        DbContext db, IReadOnlySet<string> soleWriterTables, CancellationToken cancellationToken)
    {
        var tables = db.ChangeTracker.Entries().Where(entry => entry.State == EntityState.Modified)
            .GroupBy(entry => entry.Metadata)
            .Where(table => soleWriterTables.Contains(table.Key.GetTableName()!) && Updatable(table.Key)).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var table in tables)
        {
            var copy = EntityCopy.Of(table.Key);
            // Fixed names from the model, never input.
            var staging = SqlNames.Quoted("changed_" + table.Key.GetTableName());
            var create = $"create temp table {staging} (like {copy.Table}) on commit drop";
            await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
            await copy.WriteAsync(connection, staging, table.Select(entry => entry.Entity), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(UpdateFrom(table.Key, copy, staging), cancellationToken);
        }

        foreach (var entry in tables.SelectMany(table => table))
        {
            entry.State = EntityState.Unchanged;
        }
    }

    /// <summary>The update, then the staging table's drop, so a transaction can stage the table again.</summary>
    private static string UpdateFrom(IEntityType type, EntityCopy copy, string staging)
    {
        var keys = type.FindPrimaryKey()!.Properties.Select(key => SqlNames.Quoted(key.GetColumnName()))
            .ToHashSet();
        var set = string.Join(", ", copy.Columns.Where(c => !keys.Contains(c)).Select(c => $"{c} = changed.{c}"));
        var match = string.Join(" and ", keys.Select(k => $"target.{k} = changed.{k}"));
        return $"update {copy.Table} as target set {set} from {staging} as changed where {match}; drop table {staging}";
    }

    // A concurrency token must be checked row by row, which SaveChanges does.
    private static bool Updatable(IEntityType type) =>
        !type.GetProperties().Any(p => p.IsConcurrencyToken) && type.GetProperties().Any(p => !p.IsPrimaryKey())
        && EntityCopy.WritesWholeRows(type);
}

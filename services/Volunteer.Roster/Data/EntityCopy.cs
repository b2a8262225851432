using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Data;

/// <summary>
/// Binary COPY of entities into the columns EF maps them to, through EF's value conversions, so that a bulk
/// path stores rows exactly as SaveChanges would. Columns the database fills itself (identities, SQL
/// defaults) are left to it, as SaveChanges leaves them.
/// </summary>
internal sealed class EntityCopy
{
    private readonly IReadOnlyList<CopyColumn> columns;

    private EntityCopy(IEntityType entityType)
    {
        Table = entityType.GetSchemaQualifiedTableName()!;
        columns = [.. WrittenColumns.Of(entityType).Select(CopyColumn.For)];
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
    }

    /// <summary>The entity's table, as SQL names it.</summary>
    public string Table { get; }

    /// <summary>The columns written, comma-separated, in the order they are copied.</summary>
    public string ColumnList { get; }

    public static EntityCopy Of<TEntity>(DbContext db) => new(db.Model.FindEntityType(typeof(TEntity))!);

    /// <summary>Copies the entities into <paramref name="table"/>: the entity's table or one shaped like it.</summary>
    public async Task WriteAsync<TEntity>(
        NpgsqlConnection connection, string table, IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"copy {table} ({ColumnList}) from stdin (format binary)", cancellationToken);
        foreach (var entity in entities)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.WriteAsync(importer, entity, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}

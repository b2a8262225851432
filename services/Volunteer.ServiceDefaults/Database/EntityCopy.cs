using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Binary COPY of entities into the columns EF maps them to, through EF's value conversions, so that a bulk
/// path stores rows exactly as SaveChanges would. Columns the database fills itself (identities, SQL
/// defaults) are left to it, as SaveChanges leaves them.
/// </summary>
public sealed class EntityCopy
{
    private static readonly ConditionalWeakTable<IEntityType, EntityCopy> Copies = new();

    private readonly IReadOnlyList<CopyColumn> columns;

    private EntityCopy(IEntityType entityType)
    {
        Table = SqlNames.TableOf(entityType);
        columns = [.. WrittenColumns.Of(entityType).Select(CopyColumn.For)];
        Columns = [.. columns.Select(c => SqlNames.Quoted(c.Name))];
        ColumnList = string.Join(", ", Columns);
    }

    /// <summary>The entity's table, as SQL names it (quoted).</summary>
    public string Table { get; }

    /// <summary>The columns written, quoted and comma-separated, in the order they are copied.</summary>
    public string ColumnList { get; }

    /// <summary>The columns written, quoted, in the order they are copied.</summary>
    public IReadOnlyList<string> Columns { get; }

    public static EntityCopy Of<TEntity>(DbContext db) => Of(db.Model.FindEntityType(typeof(TEntity))!);

    /// <summary>The copy of an entity type, built once per model.</summary>
    public static EntityCopy Of(IEntityType entityType) => Copies.GetValue(entityType, type => new EntityCopy(type));

    /// <summary>
    /// Whether a copy writes every column of the type's rows, so that a copied row is the row SaveChanges would
    /// insert: the type has its table to itself (no hierarchy), the database fills none of its columns, and each
    /// is of a type the copy can write.
    /// </summary>
    public static bool WritesWholeRows(IEntityType entityType) =>
        entityType.BaseType is null && !entityType.GetDirectlyDerivedTypes().Any()
        && WrittenColumns.Of(entityType) is var written
        && written.Count == entityType.GetProperties().Count()
        && written.All(CopyColumn.CanWrite);

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

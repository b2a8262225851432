using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

namespace Volunteer.Roster.Data;

/// <summary>
/// Binary COPY of entities into the columns EF maps them to, through EF's value conversions, so that a bulk
/// path stores rows exactly as SaveChanges would. Columns the database fills itself (identities, SQL
/// defaults) are left to it, as SaveChanges leaves them.
/// </summary>
internal sealed class EntityCopy
{
    private readonly IReadOnlyList<(IProperty Property, NpgsqlDbType Type)> columns;

    private EntityCopy(IEntityType entityType)
    {
        Table = entityType.GetSchemaQualifiedTableName()!;
        columns = [.. entityType.GetProperties()
            .Where(p => p.GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.None
                && p.GetDefaultValueSql() is null)
            .Select(p => (p, TypeOf(p)))];
        ColumnList = string.Join(", ", columns.Select(c => c.Property.GetColumnName()));
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
            foreach (var (property, type) in columns)
            {
                await WriteValueAsync(importer, ProviderValue(property, entity), type, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteValueAsync(
        NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync(value, type, cancellationToken);

    private static object? ProviderValue(IProperty property, object entity)
    {
        var value = property.GetGetter().GetClrValue(entity);
        return value is null ? null : property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
    }

    private static NpgsqlDbType TypeOf(IProperty property)
    {
        if (property.GetColumnType() == "jsonb")
        {
            return NpgsqlDbType.Jsonb;
        }

        var clrType = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(byte[]) => NpgsqlDbType.Bytea,
            var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
            var t when t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            var t when t == typeof(List<string>) || t == typeof(string[]) => NpgsqlDbType.Array | NpgsqlDbType.Text,
            var t => throw new NotSupportedException($"{property.Name}: no COPY type for {t.Name}"),
        };
    }
}

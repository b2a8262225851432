using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Volunteer.ServiceDefaults.Database;

using ValueWriter = Func<NpgsqlBinaryImporter, object, CancellationToken, Task>;

/// <summary>
/// One column of an <see cref="EntityCopy"/>: reads the property, converts it as EF would, and writes it
/// typed, so Npgsql resolves the column's type once rather than for every boxed value.
/// </summary>
internal sealed class CopyColumn
{
    private readonly Func<object, object?> read;
    private readonly ValueWriter write;

    private CopyColumn(string name, Func<object, object?> read, ValueWriter write)
    {
        Name = name;
        this.read = read;
        this.write = write;
    }

    public string Name { get; }

    public static CopyColumn For(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        Func<object, object?> read = converter is null
            ? getter.GetClrValue
            : entity => getter.GetClrValue(entity) is { } value ? converter.ConvertToProvider(value) : null;
        var providerType = ProviderType(property);
        var type = DbTypeOf(property, providerType)
            ?? throw new NotSupportedException($"{property.Name}: no COPY type for {providerType.Name}");
        var write = (ValueWriter)typeof(CopyColumn)
            .GetMethod(nameof(Writer), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(providerType)
            .Invoke(null, [type])!;
        return new CopyColumn(property.GetColumnName(), read, write);
    }

    /// <summary>Whether the property's values are of a type the copy writes.</summary>
    public static bool CanWrite(IProperty property) => DbTypeOf(property, ProviderType(property)) is not null;

    public Task WriteAsync(NpgsqlBinaryImporter importer, object entity, CancellationToken cancellationToken) =>
        read(entity) is { } value
            ? write(importer, value, cancellationToken)
            : importer.WriteNullAsync(cancellationToken);

    private static ValueWriter Writer<T>(NpgsqlDbType type) =>
        (importer, value, cancellationToken) => importer.WriteAsync((T)value, type, cancellationToken);

    private static Type ProviderType(IProperty property)
    {
        var providerType = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(providerType) ?? providerType;
    }

    private static NpgsqlDbType? DbTypeOf(IProperty property, Type providerType) => providerType switch
    {
        _ when property.GetColumnType() == "jsonb" => NpgsqlDbType.Jsonb,
        var t when t == typeof(string) => NpgsqlDbType.Text,
        var t when t == typeof(byte[]) => NpgsqlDbType.Bytea,
        var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
        var t when t == typeof(bool) => NpgsqlDbType.Boolean,
        var t when t == typeof(int) => NpgsqlDbType.Integer,
        var t when t == typeof(long) => NpgsqlDbType.Bigint,
        var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
        var t when t == typeof(double) => NpgsqlDbType.Double,
        var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
        var t when t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        var t when t == typeof(List<string>) || t == typeof(string[]) => NpgsqlDbType.Array | NpgsqlDbType.Text,
        var t when t == typeof(List<Guid>) || t == typeof(Guid[]) => NpgsqlDbType.Array | NpgsqlDbType.Uuid,
        _ => null,
    };
}

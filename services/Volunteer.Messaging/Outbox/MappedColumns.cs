using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// The columns EF maps an entity to, for a statement SaveChanges cannot make (an insert that skips a row the
/// database already holds): values pass through EF's type mappings and conversions, so the row is stored
/// exactly as SaveChanges would store it.
/// </summary>
internal sealed class MappedColumns(string table, IReadOnlyList<IProperty> properties)
{
    // Per entity type of the model, which lives as long as the process.
    private static readonly ConcurrentDictionary<IEntityType, MappedColumns> Known = new();

    public static MappedColumns Of<TEntity>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped by {db.GetType().Name}.");
        return Known.GetOrAdd(entityType, static type =>
            new(SqlNames.TableOf(type), WrittenColumns.Of(type)));
    }

    /// <summary>The entity's table, as SQL names it (quoted).</summary>
    public string Table => table;

    /// <summary>
    /// The columns written, quoted and comma-separated, in the order of <see cref="AddValues"/>'s placeholders.
    /// </summary>
    public string Names { get; } = string.Join(", ", properties.Select(p => SqlNames.Quoted(p.GetColumnName())));

    /// <summary>Adds the entity's values to the command; returns their placeholders, comma-separated.</summary>
    public string AddValues(DbCommand command, object entity)
    {
        var placeholders = new string[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var name = $"p{command.Parameters.Count}";
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                command, name, property.GetGetter().GetClrValue(entity), property.IsNullable));
            placeholders[i] = "@" + name;
        }

        return string.Join(", ", placeholders);
    }
}

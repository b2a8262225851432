using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// Names from the model as hand-written SQL must spell them: always quoted, so that a column named like a
/// keyword ("from", "to", "order") is still read as a name.
/// </summary>
public static class SqlNames
{
    public static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The entity's table, with its schema when it has one.</summary>
    public static string TableOf(IEntityType entityType)
    {
        var schema = entityType.GetSchema();
        return (schema is null ? "" : Quoted(schema) + ".") + Quoted(entityType.GetTableName()!);
    }
}

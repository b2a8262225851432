using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// The properties a statement of a service's own (a COPY, an insert that skips existing rows) writes for an
/// entity, as SaveChanges would: all but the columns the database fills itself (identities, SQL defaults,
/// computed columns, row versions).
/// </summary>
public static class WrittenColumns
{
    public static IReadOnlyList<IProperty> Of(IEntityType entityType) =>
        [.. entityType.GetProperties().Where(IsWritten)];

    private static bool IsWritten(IProperty property) =>
        property.GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.None
        && property.GetDefaultValueSql() is null
        && property.GetComputedColumnSql() is null
        && property.ValueGenerated is ValueGenerated.Never or ValueGenerated.OnAdd;
}

using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// A save refused by a unique index: how every service recognises that a concurrent or repeated write
/// got there first, optionally naming the index (or table) that refused it.
/// </summary>
public static class UniqueViolation
{
    public static bool Of(DbUpdateException e, string? constraint = null, string? table = null) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
        && (constraint is null || unique.ConstraintName == constraint)
        && (table is null || unique.TableName == table);
}

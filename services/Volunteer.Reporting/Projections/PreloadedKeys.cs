using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// The ids whose rows a unit of work has all loaded: every read-model row whose key starts with one of
/// them is tracked, so a row that is not tracked does not exist and need not be asked for.
/// </summary>
internal static class PreloadedKeys
{
    private static readonly ConditionalWeakTable<DbContext, IReadOnlySet<Guid>> Loaded = new();

    public static bool Cover(this DbContext db, object firstKey) =>
        firstKey is Guid id && Loaded.TryGetValue(db, out var ids) && ids.Contains(id);

    public static void Remember(DbContext db, IReadOnlySet<Guid> ids) => Loaded.AddOrUpdate(db, ids);

    public static void Forget(DbContext db) => Loaded.Remove(db);
}

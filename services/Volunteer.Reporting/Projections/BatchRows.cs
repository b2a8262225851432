using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// The ids a batch of events carries, and the read-model tables whose rows keyed by (or starting with) one
/// of those ids are all tracked. A table is loaded for the whole batch, in one query, the first time a
/// projection asks it for such a row: one query per table instead of one per event, and only for the
/// tables the batch's events touch. Loading all sixteen up front cost a batch of one kind of event a dozen
/// queries it had no use for.
/// </summary>
internal sealed class BatchRows
{
    private static readonly ConditionalWeakTable<DbContext, BatchRows> Current = new();

    private static readonly Dictionary<Type, PropertyInfo[]> IdProperties = ProjectedEventTypes.All.ToDictionary(
        type => type, type => type.GetProperties().Where(p => p.PropertyType == typeof(Guid)).ToArray());

    private readonly HashSet<Guid> ids;
    private readonly HashSet<Type> loaded = [];

    private BatchRows(IEnumerable<object> events) =>
        ids = events.SelectMany(e => IdProperties[e.GetType()].Select(p => (Guid)p.GetValue(e)!)).ToHashSet();

    /// <summary>Until disposed, <see cref="TrackedAsync"/> answers for these events' ids.</summary>
    public static IDisposable Begin(DbContext db, IEnumerable<object> events)
    {
        Current.AddOrUpdate(db, new BatchRows(events));
        return new Ending(db);
    }

    /// <summary>
    /// Whether every row of the set whose key starts with <paramref name="firstKey"/> is tracked, so that
    /// a row not tracked does not exist; the set's rows for the whole batch are loaded on its first use.
    /// </summary>
    public static async Task<bool> TrackedAsync<T>(DbSet<T> set, object firstKey, CancellationToken ct)
        where T : class
    {
        var db = set.GetService<ICurrentDbContext>().Context;
        if (firstKey is not Guid id || !Current.TryGetValue(db, out var batch) || !batch.ids.Contains(id))
        {
            return false;
        }

        if (batch.loaded.Add(typeof(T)))
        {
            var column = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].Name;
            var all = batch.ids.ToList();
            await set.Where(row => all.Contains(EF.Property<Guid>(row, column))).LoadAsync(ct);
        }

        return true;
    }

    private sealed class Ending(DbContext db) : IDisposable
    {
        public void Dispose() => Current.Remove(db);
    }
}

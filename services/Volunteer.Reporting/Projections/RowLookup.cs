using Microsoft.EntityFrameworkCore;

namespace Volunteer.Reporting.Projections;

internal static class RowLookup
{
    /// <summary>
    /// The row with this key, or a new stub added to the context: an event may arrive before the one
    /// that creates its subject, and the later one fills the stub in. Asks the database for this key alone
    /// only when its first part is none of the batch's ids.
    /// </summary>
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, object[] key, Func<T> stub, CancellationToken cancellationToken)
        where T : class
    {
        var row = await BatchRows.TrackedAsync(set, key[0], cancellationToken)
            ? set.Local.FindEntryUntyped(key)?.Entity
            : await set.FindAsync(key, cancellationToken);
        if (row is null)
        {
            row = stub();
            set.Add(row);
        }

        return row;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Volunteer.Reporting.Projections;

internal static class RowLookup
{
    /// <summary>
    /// The row with this key, or a new stub added to the context: an event may arrive before the one
    /// that creates its subject, and the later one fills the stub in. Asks the database only when the
    /// batch has not loaded the rows of the key's first part already.
    /// </summary>
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, object[] key, Func<T> stub, CancellationToken cancellationToken)
        where T : class
    {
        var row = set.GetService<ICurrentDbContext>().Context.Cover(key[0])
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

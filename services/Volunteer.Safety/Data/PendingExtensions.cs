using Microsoft.EntityFrameworkCore;

namespace Volunteer.Safety.Data;

public static class PendingExtensions
{
    /// <summary>Rows added in this unit of work and not saved yet, which a query of the database cannot see.</summary>
    public static IEnumerable<T> Pending<T>(this DbContext db) where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
}

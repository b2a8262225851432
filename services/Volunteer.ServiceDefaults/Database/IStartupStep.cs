using Microsoft.EntityFrameworkCore;

namespace Volunteer.ServiceDefaults.Database;

/// <summary>
/// One-time start-up work on a service's migrated database that replicas starting at once must take turns
/// at, such as making a first key that all of them then share. The migrator runs every step under its lock,
/// right after migrating and before any other hosted service starts, so none of those finds the work undone.
/// </summary>
public interface IStartupStep<TContext> where TContext : DbContext
{
    Task RunAsync(CancellationToken cancellationToken);
}

using Microsoft.EntityFrameworkCore;

namespace Volunteer.Messaging.Inbox;

/// <summary>The service's own DbContext, for filters that cannot name its type (scoped: the consumer's instance).</summary>
public sealed class ServiceDbContext(DbContext db)
{
    public DbContext Db { get; } = db;
}

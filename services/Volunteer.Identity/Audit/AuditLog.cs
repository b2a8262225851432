using System.Diagnostics;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Audit;

/// <summary>
/// Adds audit entries to the unit of work, so an entry is saved with the change it records and not
/// without it. Sign-in events have no change of their own and are saved at once.
/// </summary>
public sealed class AuditLog(AccountsDbContext db, TimeProvider timeProvider)
{
    public void Add(AuditKind kind, string actor, Guid? accountId, Guid? unionId, string detail = "") =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            Kind = kind,
            Actor = actor,
            AccountId = accountId,
            UnionId = unionId,
            At = timeProvider.GetUtcNow(),
            RequestId = Activity.Current?.TraceId.ToString() ?? "",
            Detail = detail,
        });

    public async Task RecordAsync(AuditKind kind, string actor, Guid? accountId, Guid? unionId, string detail = "")
    {
        Add(kind, actor, accountId, unionId, detail);
        await db.SaveChangesAsync();
    }
}

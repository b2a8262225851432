using Microsoft.EntityFrameworkCore;
using Volunteer.Identity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Audit;

/// <summary>Audit entries newest first: all for a provincial admin, those of unions in scope for others.</summary>
public sealed class AuditListing(AccountsDbContext db, KnownUnions unions)
{
    public async Task<(List<AuditEntry> Entries, string NextPageToken)> ListAsync(
        AuditQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (await unions.VisibleAsync(caller, query.UnionSubtreeOf, cancellationToken) is { } visible)
        {
            entries = entries.Where(e => e.UnionId != null && visible.Contains(e.UnionId.Value));
        }

        entries = query.AccountId is { } account ? entries.Where(e => e.AccountId == account) : entries;
        entries = query.Kind is { } kind ? entries.Where(e => e.Kind == kind) : entries;
        entries = query.From is { } from ? entries.Where(e => e.At >= from) : entries;
        entries = query.To is { } to ? entries.Where(e => e.At < to) : entries;
        if (query.Page.After is { } after)
        {
            entries = entries.Where(e => e.Id.CompareTo(after) < 0);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(query.Page.Size + 1).ToListAsync(cancellationToken);
        return query.Page.Cut(rows, e => e.Id);
    }
}

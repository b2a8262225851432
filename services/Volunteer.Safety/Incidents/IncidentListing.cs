using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Incidents;

/// <summary>Pages through incidents in the caller's scope; optionally only those past a reporting deadline.</summary>
public sealed class IncidentListing(SafetyDbContext db, KnownUnions unions, TimeProvider timeProvider)
{
    public async Task<(List<Incident> Page, string NextPageToken)> ListAsync(
        IncidentQuery query, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var incidents = db.Incidents.AsNoTracking();
        if (await unions.VisibleAsync(caller, query.UnionSubtreeOf, cancellationToken) is { } visible)
        {
            incidents = incidents.Where(i => visible.Contains(i.UnionId));
        }

        if (query.ActivityId is { } activity)
        {
            incidents = incidents.Where(i => i.ActivityId == activity);
        }

        if (query.OverdueOnly)
        {
            incidents = incidents.Where(IncidentDeadlines.OverdueAt(timeProvider.GetUtcNow()));
        }

        return await query.Page.ReadAsync(incidents, cancellationToken);
    }
}

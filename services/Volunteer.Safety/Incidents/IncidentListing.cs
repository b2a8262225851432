using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.Safety.Paging;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Incidents;

/// <summary>Pages through incidents in the caller's scope; optionally only those past a reporting deadline.</summary>
public sealed class IncidentListing(SafetyDbContext db, KnownUnions unions, TimeProvider timeProvider)
{
    public async Task<Proto.ListIncidentsResponse> ListAsync(Proto.ListIncidentsRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var activityId = violations.Id(request.ActivityId, "activity_id", required: false);
        var page = ListPages.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();

        var now = timeProvider.GetUtcNow();
        var incidents = db.Incidents.AsNoTracking();
        if (await unions.VisibleAsync(caller, subtree, cancellationToken) is { } visible)
        {
            incidents = incidents.Where(i => visible.Contains(i.UnionId));
        }

        if (activityId is { } activity)
        {
            incidents = incidents.Where(i => i.ActivityId == activity);
        }

        if (request.OverdueOnly)
        {
            // The same test as IncidentDeadlines.IsOverdue, in SQL.
            incidents = incidents.Where(i => i.Status != IncidentStatus.Closed
                && ((i.ProvinceDeadline != null && i.ProvinceReportedAt == null && i.ProvinceDeadline < now)
                    || (i.InsurerNotifiedAt == null && i.InsurerDeadline < now)));
        }

        var (found, next) = await page.ReadAsync(incidents, cancellationToken);
        return new Proto.ListIncidentsResponse { Incidents = { found.Select(i => i.ToProto(now)) }, NextPageToken = next };
    }
}

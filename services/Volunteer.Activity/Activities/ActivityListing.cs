using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>Pages through the activities in the caller's scope, oldest planned first, with the request's filters.</summary>
public sealed class ActivityListing(ActivityScope scope)
{
    public async Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        Proto.ListActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var paging = ActivityBounds.Page(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var teamId = violations.Id(request.TeamId, "team_id", required: false);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        var from = ActivityBounds.Day(request.From, "from", violations);
        var to = ActivityBounds.Day(request.To, "to", violations);
        violations.ThrowIfAny();

        var activities = (await scope.VisibleAsync(caller, subtree, cancellationToken)).AsNoTracking();
        if (teamId is { } team)
        {
            activities = activities.Where(a => a.TeamIds.Contains(team));
        }

        if (siteId is { } site)
        {
            activities = activities.Where(a => a.SiteId == site);
        }

        if (request.Form != Proto.ActivityForm.Unspecified)
        {
            activities = activities.Where(a => a.Form == (ActivityForm)request.Form);
        }

        if (request.Mode != Proto.AssistanceMode.Unspecified)
        {
            activities = activities.Where(a => a.Mode == (AssistanceMode)request.Mode);
        }

        if (request.Status != Proto.ActivityStatus.Unspecified)
        {
            activities = activities.Where(a => a.Status == (ActivityStatus)request.Status);
        }

        if (from is { } fromDay)
        {
            activities = activities.Where(a => a.EndsOn >= fromDay);
        }

        if (to is { } toDay)
        {
            activities = activities.Where(a => a.StartsOn <= toDay);
        }

        if (paging.After is { } after)
        {
            activities = activities.Where(a => a.Id.CompareTo(after) > 0);
        }

        var rows = await activities.OrderBy(a => a.Id).Take(paging.Size + 1).ToListAsync(cancellationToken);
        return paging.Cut(rows, a => a.Id);
    }
}

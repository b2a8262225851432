using Microsoft.EntityFrameworkCore;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Pages through the activities in the caller's scope, oldest planned first, with the request's filters.
/// </summary>
public sealed class ActivityListing(ActivityScope scope)
{
    public async Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        ActivityFilter filter, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activities = (await scope.VisibleAsync(caller, filter.SubtreeOf, cancellationToken)).AsNoTracking();
        if (filter.TeamId is { } team)
        {
            activities = activities.Where(a => a.TeamIds.Contains(team));
        }

        if (filter.SiteId is { } site)
        {
            activities = activities.Where(a => a.SiteId == site);
        }

        if (filter.Form is { } form)
        {
            activities = activities.Where(a => a.Form == form);
        }

        if (filter.Mode is { } mode)
        {
            activities = activities.Where(a => a.Mode == mode);
        }

        if (filter.Status is { } status)
        {
            activities = activities.Where(a => a.Status == status);
        }

        if (filter.From is { } fromDay)
        {
            activities = activities.Where(a => a.EndsOn >= fromDay);
        }

        if (filter.To is { } toDay)
        {
            activities = activities.Where(a => a.StartsOn <= toDay);
        }

        var paging = filter.Paging;
        if (paging.After is { } after)
        {
            activities = activities.Where(a => a.Id.CompareTo(after) > 0);
        }

        var rows = await activities.OrderBy(a => a.Id).Take(paging.Size + 1).ToListAsync(cancellationToken);
        return paging.Cut(rows, a => a.Id);
    }
}

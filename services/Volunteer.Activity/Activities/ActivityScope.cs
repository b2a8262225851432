using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Activities;

/// <summary>
/// The activities a list may show: union readers their subtree (or the requested part of it, which the
/// edge has checked they cover); captains the activities of the teams they lead. Volunteers use
/// ListMyActivities.
/// </summary>
public sealed class ActivityScope(ActivityDbContext db, KnownUnions unions, ActivityAccess access)
{
    public async Task<IQueryable<ServiceActivity>> VisibleAsync(PlatformCaller caller, Guid? subtreeOf, CancellationToken cancellationToken)
    {
        IQueryable<ServiceActivity> activities = db.Activities;
        if (ActivityAccess.IsUnionReader(caller))
        {
            var visible = await unions.VisibleAsync(caller, subtreeOf, cancellationToken);
            return visible is null ? activities : activities.Where(a => visible.Contains(a.UnionId));
        }

        var teams = await access.CaptainedAsync(caller, null, cancellationToken);
        activities = activities.Where(a => a.TeamIds.Any(t => teams.Contains(t)));
        if (subtreeOf is { } root)
        {
            var subtree = await unions.SubtreeAsync(root, cancellationToken);
            activities = activities.Where(a => subtree.Contains(a.UnionId));
        }

        return activities;
    }
}

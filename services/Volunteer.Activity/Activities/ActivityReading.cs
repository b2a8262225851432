using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>The read side of activities: one by id for those who may see it, and the scoped lists.</summary>
public sealed class ActivityReading(ActivityDbContext db, ActivityAccess access, ActivityListing listing, OverdueListing overdue)
{
    public async Task<ServiceActivity> GetAsync(string id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, "id", cancellationToken);
        await access.DemandReadAsync(caller, activity, cancellationToken);
        return activity;
    }

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        Proto.ListActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken) =>
        listing.ListAsync(request, caller, cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListOverdueAsync(
        Proto.ListOverdueActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken) =>
        overdue.ListAsync(request, caller, cancellationToken);
}

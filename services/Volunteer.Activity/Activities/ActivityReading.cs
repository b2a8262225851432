using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>The read side of activities: one by id, and the scoped lists.</summary>
public sealed class ActivityReading(ActivityDbContext db, ActivityListing listing, OverdueListing overdue)
{
    /// <summary>The edge has kept the caller to activities within their reach.</summary>
    public Task<ServiceActivity> GetAsync(string id, CancellationToken cancellationToken) =>
        db.FindActivityAsync(id, "id", cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        Proto.ListActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken) =>
        listing.ListAsync(request, caller, cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListOverdueAsync(
        Proto.ListOverdueActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken) =>
        overdue.ListAsync(request, caller, cancellationToken);
}

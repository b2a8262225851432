using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Activity.Activities;

/// <summary>The read side of activities: one by id, and the scoped lists.</summary>
public sealed class ActivityReading(ActivityDbContext db, ActivityListing listing, OverdueListing overdue)
{
    /// <summary>The edge has kept the caller to activities within their reach, so the id is a valid one.</summary>
    public Task<ServiceActivity> GetAsync(string id, CancellationToken cancellationToken) =>
        db.ReadActivityAsync(id, cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        ActivityFilter filter, PlatformCaller caller, CancellationToken cancellationToken) =>
        listing.ListAsync(filter, caller, cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListOverdueAsync(
        OverduePage page, PlatformCaller caller, CancellationToken cancellationToken) =>
        overdue.ListAsync(page, caller, cancellationToken);
}

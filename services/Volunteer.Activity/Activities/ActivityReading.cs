using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Activity.Activities;

/// <summary>The read side of activities: one by id, and the scoped lists.</summary>
public sealed class ActivityReading(
    ActivityDbContext db, ActivityListing listing, OverdueListing overdue, CheckedThings checkedThings)
{
    /// <summary>
    /// The edge has kept the caller to activities within their reach, so the id is a valid one; it loaded the
    /// activity it checked, unless the caller acts province-wide and needed no check.
    /// </summary>
    public async Task<ServiceActivity> GetAsync(string id, CancellationToken cancellationToken)
    {
        var activityId = Guid.Parse(id);
        return checkedThings.Find<ServiceActivity>(activityId)
            ?? await db.ReadActivityAsync(activityId, cancellationToken);
    }

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        ActivityFilter filter, PlatformCaller caller, CancellationToken cancellationToken) =>
        listing.ListAsync(filter, caller, cancellationToken);

    public Task<(List<ServiceActivity> Page, string NextPageToken)> ListOverdueAsync(
        OverduePage page, PlatformCaller caller, CancellationToken cancellationToken) =>
        overdue.ListAsync(page, caller, cancellationToken);
}

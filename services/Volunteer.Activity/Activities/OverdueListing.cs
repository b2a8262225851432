using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Activities;

/// <summary>Activities whose hours are not recorded although the 10 working days after their end have passed.</summary>
public sealed class OverdueListing(ActivityScope scope, TimeProvider timeProvider)
{
    public async Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        OverduePage request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var today = CampaignClock.Today(timeProvider);
        var activities = (await scope.VisibleAsync(caller, request.SubtreeOf, cancellationToken)).AsNoTracking()
            .Where(a => a.Status != ActivityStatus.Recorded && a.Status != ActivityStatus.Cancelled
                && a.RecordDueOn < today);
        if (request.After is var (dueOn, lastId))
        {
            activities = activities.Where(
                a => a.RecordDueOn > dueOn || (a.RecordDueOn == dueOn && a.Id.CompareTo(lastId) > 0));
        }

        var size = request.Size;
        var page = await activities.OrderBy(a => a.RecordDueOn).ThenBy(a => a.Id).Take(size + 1)
            .ToListAsync(cancellationToken);
        if (page.Count <= size)
        {
            return (page, "");
        }

        page.RemoveAt(size);
        return (page, PageToken.Encode(
            page[^1].RecordDueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page[^1].Id.ToString()));
    }
}

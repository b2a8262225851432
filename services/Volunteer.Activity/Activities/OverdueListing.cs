using Microsoft.EntityFrameworkCore;
using Volunteer.ServiceDefaults.Auth;
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
        var paging = request.Paging;
        if (paging.After is var (dueOn, lastId))
        {
            activities = activities.Where(
                a => a.RecordDueOn > dueOn || (a.RecordDueOn == dueOn && a.Id.CompareTo(lastId) > 0));
        }

        var rows = await activities.OrderBy(a => a.RecordDueOn).ThenBy(a => a.Id).Take(paging.Size + 1)
            .ToListAsync(cancellationToken);
        return paging.Cut(rows, a => a.RecordDueOn, a => a.Id);
    }
}

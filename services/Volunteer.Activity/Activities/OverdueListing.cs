using Microsoft.EntityFrameworkCore;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>Activities whose hours are not recorded although the 10 working days after their end have passed.</summary>
public sealed class OverdueListing(ActivityScope scope, TimeProvider timeProvider)
{
    public async Task<(List<ServiceActivity> Page, string NextPageToken)> ListAsync(
        Proto.ListOverdueActivitiesRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var size = PageToken.PageSize(request.PageSize, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var after = ActivityBounds.PageTokenFits(request.PageToken, violations)
            && PageToken.Decode(request.PageToken, keyParts: 2, violations) is [var day, var id]
            && DateOnly.TryParse(day, out var afterDay) && Guid.TryParse(id, out var afterId) ? (afterDay, afterId) : ((DateOnly, Guid)?)null;
        if (request.PageToken.Length > 0 && after is null && violations.IsEmpty)
        {
            violations.Add("page_token", "is not a token this list returned; start again without one");
        }

        violations.ThrowIfAny();
        var today = CampaignClock.Today(timeProvider);
        var activities = (await scope.VisibleAsync(caller, subtree, cancellationToken)).AsNoTracking()
            .Where(a => a.Status != ActivityStatus.Recorded && a.Status != ActivityStatus.Cancelled && a.RecordDueOn < today);
        if (after is var (dueOn, lastId))
        {
            activities = activities.Where(a => a.RecordDueOn > dueOn || (a.RecordDueOn == dueOn && a.Id.CompareTo(lastId) > 0));
        }

        var page = await activities.OrderBy(a => a.RecordDueOn).ThenBy(a => a.Id).Take(size + 1).ToListAsync(cancellationToken);
        if (page.Count <= size)
        {
            return (page, "");
        }

        page.RemoveAt(size);
        return (page, PageToken.Encode(ActivityMapping.Day(page[^1].RecordDueOn), page[^1].Id.ToString()));
    }
}

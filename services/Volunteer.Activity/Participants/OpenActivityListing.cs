using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Participants;

/// <summary>
/// The activities a volunteer may offer themself for, soonest first, with their own standing in each and
/// nothing of anyone else.
/// </summary>
public sealed class OpenActivityListing(ActivityDbContext db, OpenActivities open)
{
    public async Task<(List<OpenActivityEntry> Page, string NextPageToken)> ListAsync(
        OpenActivityFilter filter, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var self = ActivityAccess.VolunteerId(caller)
            ?? throw new AccessDeniedException("VOLUNTEER_ROLE_REQUIRED", "只有志愿者本人可以查看可表达意向的活动。");
        var activities = (await open.OpenToAsync(self, cancellationToken)).AsNoTracking();
        if (filter.From is { } fromDay)
        {
            activities = activities.Where(a => a.EndsOn >= fromDay);
        }

        if (filter.To is { } toDay)
        {
            activities = activities.Where(a => a.StartsOn <= toDay);
        }

        if (filter.Domain is { } domain)
        {
            activities = activities.Where(a => a.Domain == domain);
        }

        var paging = filter.Paging;
        if (paging.After is var (day, lastId))
        {
            activities = activities.Where(a => a.StartsOn > day || (a.StartsOn == day && a.Id.CompareTo(lastId) > 0));
        }

        var rows = await activities.OrderBy(a => a.StartsOn).ThenBy(a => a.Id).Take(paging.Size + 1)
            .ToListAsync(cancellationToken);
        var (page, next) = paging.Cut(rows, a => a.StartsOn, a => a.Id);
        return ([.. await StandingAsync(page, self, cancellationToken)], next);
    }

    private async Task<IEnumerable<OpenActivityEntry>> StandingAsync(
        List<ServiceActivity> page, Guid self, CancellationToken cancellationToken)
    {
        var ids = page.Select(a => a.Id).ToList();
        var unionIds = page.Select(a => a.UnionId).Distinct().ToList();
        var unionNames = await db.Set<UnionNode>().Where(u => unionIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var interests = await db.Interests.AsNoTracking()
            .Where(i => i.VolunteerId == self && ids.Contains(i.ActivityId))
            .ToDictionaryAsync(i => i.ActivityId, cancellationToken);
        var answers = await db.Participants.Where(p => p.VolunteerId == self && ids.Contains(p.ActivityId))
            .ToDictionaryAsync(p => p.ActivityId, p => p.Status, cancellationToken);
        var teams = await db.Set<KnownTeamMember>().Where(m => m.VolunteerId == self && m.LeftOn == null)
            .Select(m => m.TeamId).ToListAsync(cancellationToken);
        return page.Select(a => new OpenActivityEntry(
            a, unionNames.GetValueOrDefault(a.UnionId), interests.GetValueOrDefault(a.Id),
            a.TeamIds.Any(teams.Contains), answers.TryGetValue(a.Id, out var status) ? status : null));
    }
}

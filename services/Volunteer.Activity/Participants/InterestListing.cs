using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Participants;

/// <summary>
/// Who is interested in an activity, for those who lead it: its union's admins and its teams' captains.
/// </summary>
public sealed class InterestListing(ActivityDbContext db, ActivityAccess access)
{
    public async Task<(List<InterestEntry> Page, string NextPageToken)> ListAsync(
        Guid activityId, IdPage paging, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(activityId, cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        var interests = db.Interests.AsNoTracking().Where(i => i.ActivityId == activity.Id && i.WithdrawnAt == null);
        if (paging.After is { } after)
        {
            interests = interests.Where(i => i.VolunteerId.CompareTo(after) > 0);
        }

        var (page, next) = paging.Cut(
            await interests.OrderBy(i => i.VolunteerId).Take(paging.Size + 1).ToListAsync(cancellationToken),
            i => i.VolunteerId);
        var people = page.Select(i => i.VolunteerId).ToList();
        var teams = activity.TeamIds;
        var members = await db.Set<KnownTeamMember>()
            .Where(m => people.Contains(m.VolunteerId) && m.LeftOn == null && teams.Contains(m.TeamId))
            .Select(m => m.VolunteerId).ToListAsync(cancellationToken);
        var answers = await db.Participants.Where(p => p.ActivityId == activity.Id && people.Contains(p.VolunteerId))
            .ToDictionaryAsync(p => p.VolunteerId, p => p.Status, cancellationToken);
        return ([.. page.Select(i => new InterestEntry(i, members.Contains(i.VolunteerId),
            answers.TryGetValue(i.VolunteerId, out var status) ? status : null))], next);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;

namespace Volunteer.Roster.Reach;

/// <summary>
/// Keeps roster's view of activities and their participants from activity's events. Every change is kept
/// only when it is newer than what is known, so redelivered, duplicated or reordered events leave the same
/// state; the inbox saves it with the event's receipt.
/// </summary>
public sealed class ActivityLedger(RosterDbContext db)
{
    public async Task DescribeAsync(ActivityDescription description, CancellationToken cancellationToken)
    {
        var activity = await FindOrAddAsync(description.ActivityId, description.UnionId, cancellationToken);
        if (description.At <= activity.DescribedAt)
        {
            return;
        }

        activity.UnionId = description.UnionId;
        activity.TeamIds = [.. description.TeamIds.Distinct()];
        activity.StartsOn = description.StartsOn;
        activity.EndsOn = description.EndsOn;
        activity.DescribedAt = description.At;
    }

    public async Task CancelAsync(Guid activityId, Guid unionId, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(activityId, unionId, cancellationToken)).Cancelled = true;

    public async Task RecordAsync(
        Guid activityId, Guid volunteerId, bool confirmed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.ActivityParticipants.FindAsync([activityId, volunteerId], cancellationToken);
        if (row is null)
        {
            db.ActivityParticipants.Add(new ActivityParticipant
            {
                ActivityId = activityId, VolunteerId = volunteerId, Confirmed = confirmed, ChangedAt = at,
            });
        }
        else if (at > row.ChangedAt)
        {
            row.Confirmed = confirmed;
            row.ChangedAt = at;
        }
    }

    /// <summary>A submission lists every confirmed participant: anyone else confirmed before it is no longer.</summary>
    public async Task KeepOnlyAsync(
        Guid activityId, IReadOnlyCollection<Guid> listed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var others = await db.ActivityParticipants
            .Where(p => p.ActivityId == activityId && p.Confirmed && !listed.Contains(p.VolunteerId))
            .ToListAsync(cancellationToken);
        foreach (var row in others.Where(r => at > r.ChangedAt))
        {
            row.Confirmed = false;
            row.ChangedAt = at;
        }

        foreach (var volunteerId in listed.Distinct())
        {
            await RecordAsync(activityId, volunteerId, confirmed: true, at, cancellationToken);
        }
    }

    private async Task<ParticipatedActivity> FindOrAddAsync(
        Guid activityId, Guid unionId, CancellationToken cancellationToken)
    {
        var activity = await db.ParticipatedActivities.FindAsync([activityId], cancellationToken);
        if (activity is null)
        {
            activity = new ParticipatedActivity { Id = activityId, UnionId = unionId };
            db.ParticipatedActivities.Add(activity);
        }

        return activity;
    }
}

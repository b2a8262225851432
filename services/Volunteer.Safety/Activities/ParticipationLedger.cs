using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Activities;

/// <summary>Keeps who takes part in which activity; a late-arriving older event does not undo a newer one.</summary>
public sealed class ParticipationLedger(SafetyDbContext db)
{
    public async Task RecordAsync(Guid activityId, Guid volunteerId, bool confirmed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.Participations.FindAsync([activityId, volunteerId], cancellationToken);
        if (row is null)
        {
            db.Participations.Add(new Participation { ActivityId = activityId, VolunteerId = volunteerId, Confirmed = confirmed, ChangedAt = at });
        }
        else if (at > row.ChangedAt)
        {
            row.Confirmed = confirmed;
            row.ChangedAt = at;
        }
    }

    /// <summary>
    /// A submission lists every confirmed participant: anyone else taking part before it (dropped by an
    /// edit of the blocked activity) is no longer confirmed.
    /// </summary>
    public async Task KeepOnlyAsync(
        Guid activityId, IReadOnlyCollection<Guid> listed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var others = await db.Participations
            .Where(p => p.ActivityId == activityId && p.Confirmed && !listed.Contains(p.VolunteerId))
            .ToListAsync(cancellationToken);
        foreach (var row in others.Where(r => at > r.ChangedAt))
        {
            row.Confirmed = false;
            row.ChangedAt = at;
        }
    }
}

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
}

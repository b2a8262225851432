using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// What a check-in reads of its activity, in one statement: the activity untracked (a check-in writes a
/// day, never the activity) and, instead of every participant, the one person's answer.
/// </summary>
public sealed record CheckInSubject(ServiceActivity Activity, ParticipantStatus? Status)
{
    public static readonly Func<ActivityDbContext, Guid, Guid, CancellationToken, Task<CheckInSubject?>> Find =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid activityId, Guid volunteerId, CancellationToken _) =>
            db.Activities.AsNoTracking().Where(a => a.Id == activityId)
                .Select(a => new CheckInSubject(a, a.Participants.Where(p => p.VolunteerId == volunteerId)
                    .Select(p => (ParticipantStatus?)p.Status).FirstOrDefault()))
                .FirstOrDefault());
}

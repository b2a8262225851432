using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.Activity.Attendance;

/// <summary>
/// What a check-in reads of its activity: the activity untracked (a check-in writes a day, never the activity)
/// and the one person's answer.
/// </summary>
public sealed record CheckInSubject(ServiceActivity Activity, ParticipantStatus? Status)
{
    // Instead of every participant, the one person's answer: one statement.
    private static readonly Func<ActivityDbContext, Guid, Guid, CancellationToken, Task<CheckInSubject?>> Read =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid activityId, Guid volunteerId, CancellationToken _) =>
            db.Activities.AsNoTracking().Where(a => a.Id == activityId)
                .Select(a => new CheckInSubject(a, a.Participants.Where(p => p.VolunteerId == volunteerId)
                    .Select(p => (ParticipantStatus?)p.Status).FirstOrDefault()))
                .FirstOrDefault());

    /// <summary>
    /// The activity the edge loaded whole to check the caller's reach (a volunteer's or a captain's check-in),
    /// or else read now (a caller acting province-wide was checked without it); null when there is none.
    /// </summary>
    public static async Task<CheckInSubject?> FindAsync(ActivityDbContext db, CheckedThings checkedThings,
        Guid activityId, Guid volunteerId, CancellationToken cancellationToken) =>
        checkedThings.Find<ServiceActivity>(activityId) is { } activity
            ? new CheckInSubject(
                activity, activity.Participants.FirstOrDefault(p => p.VolunteerId == volunteerId)?.Status)
            : await Read(db, activityId, volunteerId, cancellationToken);
}

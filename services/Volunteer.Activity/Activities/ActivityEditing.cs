using System.Globalization;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Data;
using Volunteer.Activity.History;
using Volunteer.Activity.Participants;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Edits a draft or blocked activity, keeping the change in its history. A blocked activity is sent to
/// safety again in the same unit of work, with its dates and whole participant list, so safety's next
/// verdict judges what it now is; dropped participants are announced after it, so safety (which takes
/// activity news in order) has already judged the activity without them.
/// </summary>
public sealed class ActivityEditing(
    ActivityDbContext db, ActivityPlanning planning, CampaignCalendar calendar, EditHistory history,
    TimeProvider timeProvider)
{
    /// <summary>The activity after the edit, and whether it went back to safety.</summary>
    public async Task<(ServiceActivity Activity, bool Resubmitted)> EditAsync(
        ActivityEdit edit, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(edit.Id, cancellationToken);
        activity.DemandEditable();
        var version = activity.Version.ToString(CultureInfo.InvariantCulture);
        var plan = edit.Revise(activity);
        var modeExceptionReason = await planning.ModeExceptionReasonAsync(plan, "activity.", cancellationToken);
        var addedTeams = await planning.TeamsAsync([.. plan.TeamIds.Except(activity.TeamIds)], cancellationToken);
        var now = timeProvider.GetUtcNowForDatabase();
        var (changes, dropped) = activity.Revise(
            plan with { ModeExceptionReason = modeExceptionReason }, edit.KeptParticipants,
            calendar.RecordDueOn(plan.Days.EndsOn), now);
        // A repeat of an applied edit changes nothing and answers as the first did, whatever etag it has.
        if (changes.Count == 0)
        {
            return (activity, false);
        }

        if (edit.Etag is { } etag && etag != version)
        {
            throw new ConcurrentChangeException();
        }

        activity.Propose(ActivityPlanning.Proposed(activity.Id, addedTeams)
            .Where(p => dropped.All(d => d.VolunteerId != p.VolunteerId)));
        history.Keep(ServiceActivity.ResourceType, activity.Id, activity.UnionId, caller, changes, now);
        db.AddIntegrationEvent(ActivityEvents.Planned(activity));
        var resubmitted = activity.Status == ActivityStatus.Blocked;
        if (resubmitted)
        {
            db.AddIntegrationEvent(ActivityEvents.Submitted(activity, now));
        }

        foreach (var participant in dropped.Where(p => p.Status == ParticipantStatus.Confirmed))
        {
            db.AddIntegrationEvent(
                new ParticipantWithdrew(activity.Id, participant.VolunteerId, activity.UnionId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (activity, resubmitted);
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Participants;

/// <summary>
/// Volunteers opt in or out themselves: nobody, not even their captain, confirms for them
/// (《志愿服务条例》§25, no forced assignment). Declining after confirming is a withdrawal with notice (§22).
/// </summary>
public sealed class Participation(ActivityDbContext db, RosterEligibility roster, TimeProvider timeProvider)
{
    public async Task<Participant> ConfirmAsync(
        Guid activityId, Guid volunteerId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(activityId, volunteerId, caller, cancellationToken);
        if (!Lifecycle.TakesAnswers(activity.Status))
        {
            throw new RuleBrokenException("ACTIVITY_STARTED", Subject(activity),
                $"活动当前状态为{ActivityLabels.Of(activity.Status)}，活动开始后不再接受确认参加。");
        }

        var participant = activity.Participants.FirstOrDefault(p => p.VolunteerId == volunteerId);
        if (participant?.Status == ParticipantStatus.Confirmed)
        {
            return participant;
        }

        var teamId = participant?.TeamId ?? await CurrentTeamAsync(activity, volunteerId, cancellationToken);
        var answer = await roster.CheckAsync(volunteerId, activity.StartsOn, teamId, cancellationToken);
        if (!answer.Eligible)
        {
            throw new RuleBrokenException("NOT_ELIGIBLE", $"volunteer/{volunteerId}",
                $"按志愿者名册，该志愿者于{activity.StartsOn:yyyy-MM-dd}不符合参加条件："
                + $"{string.Join("、", answer.Reasons.Select(ActivityLabels.Ineligibility))}。");
        }

        if (activity.Form == ActivityForm.Medical && !answer.MedicalLicenceValid
            && !await IsUnionCadreAsync(teamId, volunteerId, cancellationToken))
        {
            throw new RuleBrokenException("NO_VALID_LICENCE", $"volunteer/{volunteerId}",
                $"送医须持有 {activity.StartsOn:yyyy-MM-dd} 有效的医疗类执业证书（医师、护士等）（《志愿服务条例》第十六条）");
        }

        if (participant is null)
        {
            participant = new Participant { ActivityId = activity.Id, VolunteerId = volunteerId, TeamId = teamId };
            activity.Participants.Add(participant);
        }

        Answer(participant, ParticipantStatus.Confirmed, notice: null);
        db.AddIntegrationEvent(new ParticipantConfirmed(activity.Id, volunteerId, participant.TeamId, activity.UnionId, participant.AnsweredAt!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return participant;
    }

    /// <param name="notice">Why, trimmed; kept with the answer.</param>
    public async Task<Participant> DeclineAsync(
        Guid activityId, Guid volunteerId, string notice, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(activityId, volunteerId, caller, cancellationToken);
        if (!Lifecycle.TakesAnswers(activity.Status) && activity.Status != ActivityStatus.InProgress)
        {
            throw new RuleBrokenException("ACTIVITY_ENDED", Subject(activity),
                $"活动当前状态为{ActivityLabels.Of(activity.Status)}，无可退出的参加。");
        }

        var participant = activity.Participants.FirstOrDefault(p => p.VolunteerId == volunteerId)
            ?? throw new NotFoundException("volunteer.activity.v1.Participant", $"{activity.Id}/{volunteerId}");
        if (participant.Status is ParticipantStatus.Declined or ParticipantStatus.Withdrawn)
        {
            return participant;
        }

        var withdrawing = participant.Status == ParticipantStatus.Confirmed;
        Answer(participant, withdrawing ? ParticipantStatus.Withdrawn : ParticipantStatus.Declined, notice);
        if (withdrawing)
        {
            db.AddIntegrationEvent(new ParticipantWithdrew(activity.Id, volunteerId, activity.UnionId, participant.AnsweredAt!.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        return participant;
    }

    private async Task<ServiceActivity> FindAsync(
        Guid activityId, Guid volunteerId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (ActivityAccess.VolunteerId(caller) != volunteerId)
        {
            throw new AccessDeniedException("ONLY_THE_VOLUNTEER",
                "是否参加只能由志愿者本人答复（不得强制指派）。");
        }

        return await db.FindActivityAsync(activityId, cancellationToken);
    }

    // A member who joined a team after the activity was planned may still opt in.
    private async Task<Guid> CurrentTeamAsync(ServiceActivity activity, Guid volunteerId, CancellationToken cancellationToken)
    {
        var teams = activity.TeamIds;
        var teamId = await db.Set<KnownTeamMember>()
            .Where(m => m.VolunteerId == volunteerId && m.LeftOn == null && teams.Contains(m.TeamId))
            .Select(m => (Guid?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
        return teamId ?? throw new RuleBrokenException("NOT_TEAM_MEMBER", $"volunteer/{volunteerId}",
            "只有活动所属服务队的现任成员才能参加。");
    }

    // Union cadres take part in any activity in a non-medical role (organising, logistics): a 送医 needs no
    // medical licence of them (粤教工〔2018〕17号 三(一): each team is formed of volunteers and union cadres).
    private Task<bool> IsUnionCadreAsync(Guid teamId, Guid volunteerId, CancellationToken cancellationToken) =>
        db.Set<KnownTeamMember>().AnyAsync(m => m.TeamId == teamId && m.VolunteerId == volunteerId
            && m.LeftOn == null && m.Role == TeamStatuses.UnionCadreRole, cancellationToken);

    private void Answer(Participant participant, ParticipantStatus status, string? notice)
    {
        participant.Status = status;
        participant.Notice = notice;
        participant.AnsweredAt = timeProvider.GetUtcNowForDatabase();
    }

    private static string Subject(ServiceActivity activity) => $"{ServiceActivity.ResourceType}/{activity.Id}";
}

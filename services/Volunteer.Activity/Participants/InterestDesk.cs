using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Participants;

/// <summary>
/// Volunteers say they would like to take part in an open activity of their union's teams, and take it
/// back; only the volunteer themself does either. An activity not open to them answers as unknown.
/// </summary>
public sealed class InterestDesk(ActivityDbContext db, OpenActivities open, TimeProvider timeProvider)
{
    public const string ResourceType = "volunteer.activity.v1.ActivityInterest";

    /// <param name="note">Trimmed and bounded by the edge; null when none was given.</param>
    public async Task<ActivityInterest> ExpressAsync(
        Guid activityId, Guid volunteerId, string? note, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await OpenActivityAsync(activityId, volunteerId, caller, cancellationToken);
        var interest = await FindAsync(activityId, volunteerId, cancellationToken);
        // A repeat answers the standing interest unchanged, so a retried call announces nothing twice.
        if (interest is { WithdrawnAt: null })
        {
            return interest;
        }

        if (interest is null)
        {
            interest = new ActivityInterest { ActivityId = activityId, VolunteerId = volunteerId };
            db.Interests.Add(interest);
        }

        interest.Note = note;
        interest.ExpressedAt = timeProvider.GetUtcNowForDatabase();
        interest.WithdrawnAt = null;
        db.AddIntegrationEvent(new InterestExpressed(
            activity.Id, volunteerId, activity.UnionId, activity.TeamIds, interest.ExpressedAt));
        await db.SaveChangesAsync(cancellationToken);
        return interest;
    }

    public async Task<ActivityInterest> WithdrawAsync(
        Guid activityId, Guid volunteerId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await OpenActivityAsync(activityId, volunteerId, caller, cancellationToken);
        var interest = await FindAsync(activityId, volunteerId, cancellationToken)
            ?? throw new NotFoundException(ResourceType, $"{activityId}/{volunteerId}");
        if (interest.WithdrawnAt is null)
        {
            interest.WithdrawnAt = timeProvider.GetUtcNowForDatabase();
            db.AddIntegrationEvent(
                new InterestWithdrawn(activity.Id, volunteerId, activity.UnionId, interest.WithdrawnAt.Value));
            await db.SaveChangesAsync(cancellationToken);
        }

        return interest;
    }

    private Task<ActivityInterest?> FindAsync(Guid activityId, Guid volunteerId, CancellationToken cancellationToken) =>
        db.Interests.FirstOrDefaultAsync(
            i => i.ActivityId == activityId && i.VolunteerId == volunteerId, cancellationToken);

    /// <summary>The activity, when it takes answers and one of its teams may take the volunteer as a member.</summary>
    private async Task<ServiceActivity> OpenActivityAsync(
        Guid activityId, Guid volunteerId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (ActivityAccess.VolunteerId(caller) != volunteerId)
        {
            throw new AccessDeniedException(
                "ONLY_THE_VOLUNTEER", "只有志愿者本人可以表达或撤回参加意向。");
        }

        var activity = await (await open.InLineAsync(volunteerId, cancellationToken))
            .FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new NotFoundException(ServiceActivity.ResourceType, activityId.ToString());
        return Lifecycle.TakesAnswers(activity.Status) ? activity : throw new RuleBrokenException(
            "ACTIVITY_NOT_OPEN", $"{ServiceActivity.ResourceType}/{activity.Id}",
            "活动已开始、已结束或已取消，不再接受参加意向。");
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Telemetry;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Time;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>Moves an activity through its lifecycle, each step announced through the outbox.</summary>
public sealed class ActivityLifecycle(ActivityDbContext db, ActivityAccess access, TimeProvider timeProvider, ActivityMetrics metrics)
{
    public async Task<ServiceActivity> SubmitAsync(string id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (activity, now) = await MoveAsync(id, caller, ActivityStatus.Submitted, cancellationToken);
        db.AddIntegrationEvent(ActivityEvents.Submitted(activity, now));
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    public async Task<ServiceActivity> StartAsync(string id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, "id", cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        if (activity.Status is ActivityStatus.Submitted or ActivityStatus.Blocked)
        {
            throw NotCleared.For(activity);
        }

        var now = Move(activity, ActivityStatus.InProgress);
        db.AddIntegrationEvent(new ActivityStarted(activity.Id, activity.UnionId, now));
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    public async Task<ServiceActivity> CompleteAsync(
        Guid id, ActivityOutcomes outcomes, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        Lifecycle.Demand(activity, ActivityStatus.Completed);
        if (await db.Attendance.AnyAsync(a => a.ActivityId == activity.Id && a.HoursStatus == HoursStatus.Open, cancellationToken))
        {
            throw new RuleBrokenException("ATTENDANCE_OPEN", $"{ServiceActivity.ResourceType}/{activity.Id}",
                "仍有志愿者未签退，请先为其签退。");
        }

        activity.Outcomes = outcomes;
        var now = Move(activity, ActivityStatus.Completed);
        db.AddIntegrationEvent(new ActivityCompleted(activity.Id, activity.UnionId,
            [.. outcomes.Beneficiaries.Select(
                b => new BeneficiaryCount(EventNames.Of((BeneficiaryKind)b.Kind), b.Count))],
            [.. outcomes.Donations.Select(d => new DonationLine(d.Item, d.Quantity, d.Unit, d.Value, d.ReceivedBy))],
            [.. outcomes.Spending.Select(s => new SpendingLine(s.Amount, s.Category, EventNames.Of(s.Source)))],
            outcomes.Summary, outcomes.Evaluation, now));
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    /// <summary>
    /// Makes the hours final. A late recording is still accepted (refusing it would lose the volunteers'
    /// hours); the caller is told it was late and the activity was listed as overdue until now.
    /// </summary>
    public async Task<(ServiceActivity Activity, bool Late)> RecordAsync(string id, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, "id", cancellationToken);
        Lifecycle.Demand(activity, ActivityStatus.Recorded);
        var days = await db.Attendance.AsNoTracking().Where(a => a.ActivityId == activity.Id).ToListAsync(cancellationToken);
        if (days.Count(d => HoursRule.AwaitsApproval(d.HoursStatus)) is var pending and > 0)
        {
            throw new RuleBrokenException("HOURS_AWAITING_APPROVAL", $"{ServiceActivity.ResourceType}/{activity.Id}",
                $"有{pending}天超过8小时的服务时长待审批，请先审批或更正。");
        }

        var now = Move(activity, ActivityStatus.Recorded);
        var services = days.Where(d => HoursRule.CountsTowardsRecord(d.HoursStatus) && d.Hours > 0)
            .OrderBy(d => d.VolunteerId).ThenBy(d => d.Day).Select(d => new RecordedService(d.VolunteerId, d.Day, d.Hours)).ToList();
        db.AddIntegrationEvent(new ActivityRecorded(activity.Id, activity.UnionId, services, now));
        await db.SaveChangesAsync(cancellationToken);
        metrics.HoursRecorded(services.Sum(s => s.Hours));
        return (activity, CampaignClock.Today(timeProvider) > activity.RecordDueOn);
    }

    /// <param name="reason">Why, trimmed; kept on the activity and announced.</param>
    public async Task<ServiceActivity> CancelAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, cancellationToken);
        Lifecycle.Demand(activity, ActivityStatus.Cancelled);
        activity.CancelReason = reason;
        var now = Move(activity, ActivityStatus.Cancelled);
        db.AddIntegrationEvent(new ActivityCancelled(activity.Id, activity.UnionId, activity.CancelReason, now));
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    private async Task<(ServiceActivity, DateTimeOffset)> MoveAsync(string id, PlatformCaller caller, ActivityStatus to, CancellationToken cancellationToken)
    {
        var activity = await db.FindActivityAsync(id, "id", cancellationToken);
        await access.DemandLeadAsync(caller, activity, cancellationToken);
        return (activity, Move(activity, to));
    }

    private DateTimeOffset Move(ServiceActivity activity, ActivityStatus to)
    {
        Lifecycle.Demand(activity, to);
        activity.Status = to;
        activity.StatusChangedAt = timeProvider.GetUtcNowForDatabase();
        return activity.StatusChangedAt;
    }
}

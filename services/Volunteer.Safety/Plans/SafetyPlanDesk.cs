using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Safety.Plans;

/// <summary>
/// Safety plans through their review: draft → submitted → approved, or returned with a reason and
/// submitted again. Every change recomputes the activity's clearance in the same transaction.
/// </summary>
public sealed class SafetyPlanDesk(
    SafetyDbContext db,
    ActivityDirectory activities,
    ClearanceEvaluation clearance,
    PersonalDataProtector protector,
    TimeProvider timeProvider)
{
    public const string ResourceType = "volunteer.safety.v1.SafetyPlan";

    public async Task<SafetyPlan> SaveAsync(
        ValidSafetyPlan given, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(given.ActivityId, cancellationToken, live: true);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.ActivityId == activity.Id, cancellationToken);
        if (plan is null)
        {
            plan = new SafetyPlan { Id = Guid.CreateVersion7(), ActivityId = activity.Id, UnionId = activity.UnionId, Author = caller.Subject };
            db.Plans.Add(plan);
        }
        else
        {
            Demand(plan, plan.Status is SafetyPlanStatus.Draft or SafetyPlanStatus.Returned, "PLAN_NOT_EDITABLE",
                "只有草稿或已退回的安全预案可以修改。");
        }

        PlanRules.Apply(given, plan, protector);
        plan.Author = caller.Subject;
        plan.Status = SafetyPlanStatus.Draft;
        plan.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        return await CommitAsync(plan, cancellationToken);
    }

    public async Task<SafetyPlan> GetAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(activityId, cancellationToken);
        return await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.ActivityId == activity.Id, cancellationToken)
            ?? throw new NotFoundException(ResourceType, activityId.ToString());
    }

    public async Task<SafetyPlan> SubmitAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(activityId, cancellationToken);
        Demand(plan, plan.Status is SafetyPlanStatus.Draft or SafetyPlanStatus.Returned, "PLAN_NOT_EDITABLE",
            "只有草稿或已退回的安全预案可以提交。");
        PlanRules.DemandComplete(plan);
        plan.Status = SafetyPlanStatus.Submitted;
        plan.SubmittedAt = timeProvider.GetUtcNowForDatabase();
        return await CommitAsync(plan, cancellationToken);
    }

    public async Task<SafetyPlan> ApproveAsync(Guid activityId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var plan = await ReviewAsync(activityId, caller, cancellationToken);
        plan.Status = SafetyPlanStatus.Approved;
        plan.ReturnReason = null;
        db.AddIntegrationEvent(new SafetyPlanApproved(plan.Id, plan.ActivityId, plan.UnionId, plan.ResponsibleName, plan.ReviewedAt!.Value));
        return await CommitAsync(plan, cancellationToken);
    }

    public async Task<SafetyPlan> ReturnAsync(
        Guid activityId, string reason, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var plan = await ReviewAsync(activityId, caller, cancellationToken);
        plan.Status = SafetyPlanStatus.Returned;
        plan.ReturnReason = reason;
        return await CommitAsync(plan, cancellationToken);
    }

    // Only a submitted plan is reviewed, by staff in scope (checked at the edge) who did not write it.
    private async Task<SafetyPlan> ReviewAsync(Guid activityId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(activityId, cancellationToken);
        Demand(plan, plan.Status == SafetyPlanStatus.Submitted, "PLAN_NOT_SUBMITTED", "只有已提交的安全预案可以批准或退回。");
        Demand(plan, plan.Author != caller.Subject, "APPROVER_IS_AUTHOR", "安全预案的编写人不能审核本预案，须由其他安全员或管理员审核。");
        plan.Approver = caller.Subject;
        plan.ReviewedAt = timeProvider.GetUtcNowForDatabase();
        return plan;
    }

    private async Task<SafetyPlan> FindAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(activityId, cancellationToken, live: true);
        return await db.Plans.FirstOrDefaultAsync(p => p.ActivityId == activity.Id, cancellationToken)
            ?? throw new NotFoundException(ResourceType, activityId.ToString());
    }

    private async Task<SafetyPlan> CommitAsync(SafetyPlan plan, CancellationToken cancellationToken)
    {
        await clearance.RecomputeAsync([plan.ActivityId], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    private static void Demand(SafetyPlan plan, bool rule, string name, string description)
    {
        if (!rule)
        {
            throw new RuleBrokenException(name, $"{ResourceType}/{plan.Id}", description);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.Safety.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Activities;

/// <summary>Finds an activity submitted for clearance, for staff in scope of its union.</summary>
public sealed class ActivityDirectory(SafetyDbContext db, SafetyScope scope)
{
    public const string ResourceType = "volunteer.activity.v1.Activity";

    /// <param name="live">Refuse a cancelled activity with ACTIVITY_CANCELLED.</param>
    public async Task<KnownActivity> FindAsync(string id, string field, PlatformCaller caller, CancellationToken cancellationToken, bool live = false)
    {
        SafetyScope.DemandStaff(caller);
        var violations = new FieldViolations();
        var activityId = violations.Id(id, field);
        violations.ThrowIfAny();
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new RuleBrokenException("ACTIVITY_NOT_SUBMITTED", $"{ResourceType}/{id}",
                "The activity has not been submitted for safety clearance (or that news has not reached safety yet).");
        await scope.DemandStaffOfAsync(caller, activity.UnionId, cancellationToken);
        if (live && activity.Cancelled)
        {
            throw new RuleBrokenException("ACTIVITY_CANCELLED", $"{ResourceType}/{id}", "The activity was cancelled.");
        }

        return activity;
    }
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Safety.Activities;

/// <summary>Finds an activity submitted for clearance (the edge has checked the caller reaches it).</summary>
public sealed class ActivityDirectory(SafetyDbContext db)
{
    public const string ResourceType = ResourceTypes.Activity;

    /// <param name="live">Refuse a cancelled activity with ACTIVITY_CANCELLED.</param>
    public async Task<KnownActivity> FindAsync(Guid id, CancellationToken cancellationToken, bool live = false)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(ResourceType, id.ToString());
        if (live && activity.Cancelled)
        {
            throw new RuleBrokenException("ACTIVITY_CANCELLED", $"{ResourceType}/{id}", "该活动已取消。");
        }

        return activity;
    }
}

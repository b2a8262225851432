using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

internal static class ActivityLookup
{
    /// <summary>The activity with its participants, tracked for change; INVALID_ARGUMENT or NOT_FOUND otherwise.</summary>
    public static async Task<ServiceActivity> FindActivityAsync(this ActivityDbContext db, string id, string field, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(id, field);
        violations.ThrowIfAny();
        return await db.Activities.Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new NotFoundException(ActivityMapping.ResourceType, id);
    }
}

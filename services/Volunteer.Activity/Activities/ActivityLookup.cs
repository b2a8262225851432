using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

internal static class ActivityLookup
{
    private static readonly Func<ActivityDbContext, Guid, CancellationToken, Task<ServiceActivity?>> Read =
        EF.CompileAsyncQuery((ActivityDbContext db, Guid id, CancellationToken _) =>
            db.Activities.AsNoTracking().Include(a => a.Participants).FirstOrDefault(a => a.Id == id));

    /// <summary>The activity with its participants, tracked for change; INVALID_ARGUMENT or NOT_FOUND otherwise.</summary>
    public static async Task<ServiceActivity> FindActivityAsync(this ActivityDbContext db, string id, string field, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var activityId = violations.Id(id, field);
        violations.ThrowIfAny();
        return await FindAsync(db.Activities, activityId!.Value, id, cancellationToken);
    }

    /// <summary>
    /// The activity with its participants for reading only, nothing tracking it, or null. Compiled once: the
    /// edge's lookup of every activity an RPC names runs it, and so GetActivity reads nothing more.
    /// </summary>
    public static Task<ServiceActivity?> ReadActivityOrDefaultAsync(
        this ActivityDbContext db, Guid id, CancellationToken cancellationToken) =>
        Read(db, id, cancellationToken);

    /// <summary>As <see cref="ReadActivityOrDefaultAsync"/>, by an id the edge checked; NOT_FOUND otherwise.</summary>
    public static async Task<ServiceActivity> ReadActivityAsync(
        this ActivityDbContext db, Guid id, CancellationToken cancellationToken) =>
        await Read(db, id, cancellationToken)
        ?? throw new NotFoundException(ServiceActivity.ResourceType, id.ToString());

    /// <summary>The activity with its participants, tracked for change; NOT_FOUND otherwise.</summary>
    public static Task<ServiceActivity> FindActivityAsync(
        this ActivityDbContext db, Guid id, CancellationToken cancellationToken) =>
        FindAsync(db.Activities, id, id.ToString(), cancellationToken);

    // A missing activity is named as the caller spelled its id.
    private static async Task<ServiceActivity> FindAsync(
        IQueryable<ServiceActivity> activities, Guid id, string spelled, CancellationToken cancellationToken) =>
        await activities.Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(ServiceActivity.ResourceType, spelled);
}

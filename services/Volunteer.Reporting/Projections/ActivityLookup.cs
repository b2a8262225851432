using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

internal static class ActivityLookup
{
    /// <summary>The activity, or a stub that ActivityPlanned fills in when it arrives.</summary>
    public static Task<ActivityRow> Activity(this ReportingDbContext db, Guid id, Guid unionId, CancellationToken ct) =>
        db.Activities.FindOrAddAsync([id], () => new ActivityRow { Id = id, UnionId = unionId }, ct);
}

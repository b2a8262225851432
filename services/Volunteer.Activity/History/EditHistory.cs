using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.History;

/// <summary>Keeps every edit in the same unit of work as the change itself, and lists a thing's edits.</summary>
public sealed class EditHistory(ActivityDbContext db)
{
    public void Keep(string resourceType, Guid resourceId, Guid unionId, PlatformCaller caller,
        IReadOnlyList<FieldChange> changes, DateTimeOffset at) =>
        db.Edits.Add(new EditRecord
        {
            Id = Guid.CreateVersion7(),
            ResourceType = resourceType,
            ResourceId = resourceId,
            UnionId = unionId,
            Editor = caller.Subject,
            EditorRole = caller.Role,
            EditedAt = at,
            Changes = [.. changes],
        });

    /// <summary>The edge has checked the caller reaches the thing; its edits, oldest first.</summary>
    public Task<(List<EditRecord> Page, string NextPageToken)> ListAsync(
        Guid resourceId, IdPage paging, CancellationToken cancellationToken) =>
        paging.ReadAsync(db.Edits.AsNoTracking().Where(e => e.ResourceId == resourceId), cancellationToken);
}

using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads a history request: exactly one of activity_id, site_id and need_id, and the page.</summary>
internal static class EditHistoryValidation
{
    public static (Guid ResourceId, IdPage Paging) Parse(Proto.ListEditHistoryRequest request)
    {
        var violations = new FieldViolations();
        var named = new[]
        {
            violations.Id(request.ActivityId, "activity_id", required: false),
            violations.Id(request.SiteId, "site_id", required: false),
            violations.Id(request.NeedId, "need_id", required: false),
        }.OfType<Guid>().ToList();
        if (named.Count != 1 && violations.IsEmpty)
        {
            violations.Add("activity_id", "须且只能给出 activity_id、site_id、need_id 中的一个");
        }

        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (named[0], paging);
    }
}

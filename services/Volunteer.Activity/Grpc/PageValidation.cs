using Volunteer.Activity.Activities;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads page_size and page_token of a list that has no other fields.</summary>
internal static class PageValidation
{
    public static IdPage Parse(int pageSize, string pageToken)
    {
        var violations = new FieldViolations();
        var paging = IdPage.Parse(pageSize, pageToken, violations);
        violations.ThrowIfAny();
        return paging;
    }
}

using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Paging;

/// <summary>Page size and token of safety's lists; a token longer than any this service returns is not read.</summary>
public static class ListPages
{
    public const int MaxTokenLength = 100;

    public static IdPage Parse(int pageSize, string pageToken, FieldViolations violations)
    {
        if (pageToken.Length > MaxTokenLength)
        {
            violations.Add("page_token", "is not a token this list returned; start again without one");
            return IdPage.Parse(pageSize, "", violations);
        }

        return IdPage.Parse(pageSize, pageToken, violations);
    }
}

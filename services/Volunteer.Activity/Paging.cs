using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity;

/// <summary>Keyset pages by time-ordered id (UUIDv7), as every list here is ordered.</summary>
internal sealed record Paging(int Size, Guid? After)
{
    public static Paging Parse(int pageSize, string pageToken, FieldViolations violations)
    {
        var size = PageToken.PageSize(pageSize, violations);
        if (PageToken.Decode(pageToken, keyParts: 1, violations) is not [var last])
        {
            return new Paging(size, null);
        }

        if (!Guid.TryParse(last, out var after))
        {
            violations.Add("page_token", "is not a token this list returned; start again without one");
        }

        return new Paging(size, after);
    }

    /// <summary>The page (one more row was asked for to know whether another page follows) and the next token.</summary>
    public (List<T> Page, string NextPageToken) Cut<T>(List<T> rows, Func<T, Guid> id)
    {
        if (rows.Count <= Size)
        {
            return (rows, "");
        }

        rows.RemoveAt(Size);
        return (rows, PageToken.Encode(id(rows[^1]).ToString()));
    }
}

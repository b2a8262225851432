using Microsoft.EntityFrameworkCore;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Keyset pages by time-ordered (version 7) id, as most lists are ordered: the token is the last id
/// served, so a page costs the same however deep it is.
/// </summary>
public sealed record IdPage(int Size, Guid? After)
{
    /// <summary>Reads page_size and page_token, adding a violation for each bad one.</summary>
    public static IdPage Parse(int pageSize, string pageToken, FieldViolations violations)
    {
        var size = PageToken.PageSize(pageSize, violations);
        if (PageToken.Decode(pageToken, keyParts: 1, violations) is not [var last])
        {
            return new IdPage(size, null);
        }

        if (!Guid.TryParse(last, out var after))
        {
            violations.Add("page_token", FieldTexts.UnknownPageToken);
        }

        return new IdPage(size, after);
    }

    /// <summary>The rows after the token, oldest first, and the next token.</summary>
    public async Task<(List<T> Page, string NextPageToken)> ReadAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        where T : class, ITimeOrdered
    {
        if (After is { } after)
        {
            query = query.Where(x => x.Id.CompareTo(after) > 0);
        }

        return Cut(await query.OrderBy(x => x.Id).Take(Size + 1).ToListAsync(cancellationToken), x => x.Id);
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

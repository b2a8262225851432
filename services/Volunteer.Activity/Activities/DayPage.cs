using System.Globalization;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Keyset pages of activities ordered by a day and then id (soonest first, or by due day): the token is
/// the day and id of the last one served, so a page costs the same however deep it is.
/// </summary>
/// <param name="After">The day and id of the last activity served; null for the first page.</param>
public sealed record DayPage(int Size, (DateOnly Day, Guid Id)? After)
{
    /// <summary>Reads page_size and page_token, adding a violation for each bad one.</summary>
    public static DayPage Parse(int pageSize, string pageToken, FieldViolations violations)
    {
        var size = PageToken.PageSize(pageSize, violations);
        var after = PageToken.Decode(pageToken, keyParts: 2, violations) is [var day, var id]
            && DateOnly.TryParseExact(
                day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterDay)
            && Guid.TryParse(id, out var afterId)
                ? (afterDay, afterId)
                : ((DateOnly, Guid)?)null;
        if (pageToken.Length > 0 && after is null && violations.IsEmpty)
        {
            violations.Add("page_token", FieldTexts.UnknownPageToken);
        }

        return new DayPage(size, after);
    }

    /// <summary>The page (one row more was read to know whether another follows) and the next token.</summary>
    public (List<T> Page, string NextPageToken) Cut<T>(List<T> rows, Func<T, DateOnly> day, Func<T, Guid> id)
    {
        if (rows.Count <= Size)
        {
            return (rows, "");
        }

        rows.RemoveAt(Size);
        return (rows, PageToken.Encode(
            day(rows[^1]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), id(rows[^1]).ToString()));
    }
}

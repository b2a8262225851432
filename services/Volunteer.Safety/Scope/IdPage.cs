using Microsoft.EntityFrameworkCore;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Scope;

/// <summary>Keyset pages over time-ordered (version 7) ids: the token is the last id served.</summary>
public sealed class IdPage
{
    private readonly int _size;
    private readonly Guid? _after;

    private IdPage(int size, Guid? after) => (_size, _after) = (size, after);

    public static IdPage Parse(int pageSize, string pageToken, FieldViolations violations)
    {
        var size = PageToken.PageSize(pageSize, violations);
        Guid? after = null;
        if (PageToken.Decode(pageToken, keyParts: 1, violations) is [var last])
        {
            after = Guid.TryParse(last, out var id) ? id : null;
            if (after is null)
            {
                violations.Add("page_token", "is not a token this list returned; start again without one");
            }
        }

        return new IdPage(size, after);
    }

    public async Task<(List<T> Page, string NextPageToken)> ReadAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        where T : class, ITimeOrdered
    {
        if (_after is { } after)
        {
            query = query.Where(x => x.Id.CompareTo(after) > 0);
        }

        var page = await query.OrderBy(x => x.Id).Take(_size + 1).ToListAsync(cancellationToken);
        if (page.Count <= _size)
        {
            return (page, "");
        }

        page.RemoveAt(_size);
        return (page, PageToken.Encode(page[^1].Id.ToString()));
    }
}

using System.Diagnostics;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Times one query call by call, one at a time, after warm-up calls that keep JIT compilation, the
/// connection pool and cold pages out of the figures.
/// </summary>
internal static class SearchLatency
{
    public static async Task<LatencyFigures> MeasureAsync(RosterService.RosterServiceClient client, Metadata caller, SearchQuery query)
    {
        for (var i = 0; i < BenchmarkSettings.WarmUpCalls; i++)
        {
            await client.ListStaffVolunteersAsync(query.Request, caller);
        }

        var milliseconds = new List<double>(BenchmarkSettings.MeasuredCalls);
        var rows = 0;
        for (var i = 0; i < BenchmarkSettings.MeasuredCalls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await client.ListStaffVolunteersAsync(query.Request, caller);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            rows = page.Volunteers.Count;
        }

        return LatencyFigures.From(query, milliseconds, rows);
    }

    /// <summary>The token of page <paramref name="pages"/> + 1, reached by following next_page_token as a client scrolls.</summary>
    public static async Task<string> FollowPagesAsync(RosterService.RosterServiceClient client, Metadata caller, ListStaffVolunteersRequest first, int pages)
    {
        var request = first.Clone();
        for (var i = 0; i < pages; i++)
        {
            request.PageToken = (await client.ListStaffVolunteersAsync(request, caller)).NextPageToken;
            if (request.PageToken.Length == 0)
            {
                throw new InvalidOperationException($"The list ended after {i + 1} pages; load more volunteers for a deep page.");
            }
        }

        return request.PageToken;
    }
}

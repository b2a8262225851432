using Grpc.Core;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Exports;

/// <summary>
/// Asks reporting, now, for the recorded service days of a union's people: the hours live there, the people
/// here. The caller's own token is forwarded, so reporting scopes the answer as it would the caller's own call;
/// a reporting that cannot answer becomes UNAVAILABLE for our caller, never an internal error.
/// </summary>
public sealed class ReportingServiceEntries(ReportingService.ReportingServiceClient reporting, IHttpContextAccessor http)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<IReadOnlyList<VolunteerServiceEntry>> ReadAsync(
        Guid unionId, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (http.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            headers.Add("authorization", authorization);
        }

        var request = new ExportServiceEntriesRequest
        {
            UnionId = unionId.ToString(), PeriodStart = start.ToString("yyyy-MM-dd"), PeriodEnd = end.ToString("yyyy-MM-dd"),
        };
        var entries = new List<VolunteerServiceEntry>();
        try
        {
            using var call = reporting.ExportServiceEntries(request, headers, DateTime.UtcNow + Patience, cancellationToken);
            await foreach (var batch in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                entries.AddRange(batch.Entries);
            }

            return entries;
        }
        catch (Exception e) when (e is RpcException { StatusCode: not StatusCode.Cancelled } or HttpRequestException
                                  && !cancellationToken.IsCancellationRequested)
        {
            throw new UnavailableException("REPORTING_UNAVAILABLE",
                "Reporting cannot give the service records now; try again shortly.");
        }
    }
}

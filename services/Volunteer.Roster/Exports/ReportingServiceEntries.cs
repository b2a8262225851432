using Grpc.Core;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Exports;

/// <summary>
/// Asks reporting, now, for the recorded service days of a union's people: the hours live there, the people
/// here. Reporting scopes the answer by the forwarded token; a reporting that cannot answer becomes UNAVAILABLE
/// for our caller, never an internal error.
/// </summary>
public sealed class ReportingServiceEntries(
    ReportingService.ReportingServiceClient reporting, IHttpContextAccessor http)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<IReadOnlyList<VolunteerServiceEntry>> ReadAsync(
        Guid unionId, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var request = new ExportServiceEntriesRequest
        {
            UnionId = unionId.ToString(),
            PeriodStart = start.ToString("yyyy-MM-dd"),
            PeriodEnd = end.ToString("yyyy-MM-dd"),
        };
        var entries = new List<VolunteerServiceEntry>();
        try
        {
            using var call = reporting.ExportServiceEntries(
                request, NeighbourCall.Headers(http), DateTime.UtcNow + Patience, cancellationToken);
            await foreach (var batch in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                entries.AddRange(batch.Entries);
            }

            return entries;
        }
        catch (Exception e) when (NeighbourCall.IsOutage(e, cancellationToken))
        {
            throw new UnavailableException("REPORTING_UNAVAILABLE",
                "报表服务暂时无法提供服务记录，请稍后重试。");
        }
    }
}

using Grpc.Core;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Roster.Exports;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Certificates;

/// <summary>
/// Asks reporting, which holds the hours and the certificates, to issue one with the caller's own token, so
/// reporting decides who may have it. Its refusals are our caller's answer, with their details; a reporting
/// that cannot answer becomes UNAVAILABLE.
/// </summary>
public sealed class ReportingCertificates(ReportingService.ReportingServiceClient reporting, IHttpContextAccessor http)
{
    private const string DetailsTrailer = "grpc-status-details-bin";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly StatusCode[] Refusals =
        [StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.PermissionDenied, StatusCode.FailedPrecondition];

    public async Task<Certificate> IssueAsync(IssueCertificateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var issued = await reporting.IssueCertificateAsync(
                request, NeighbourCall.Headers(http), DateTime.UtcNow + Patience, cancellationToken);
            return issued.Certificate;
        }
        catch (RpcException e) when (Refusals.Contains(e.StatusCode))
        {
            var details = new Metadata();
            foreach (var entry in e.Trailers.Where(t => t.Key == DetailsTrailer))
            {
                details.Add(entry);
            }

            throw new RpcException(e.Status, details);
        }
        catch (Exception e) when (NeighbourCall.IsOutage(e, cancellationToken))
        {
            throw new UnavailableException("REPORTING_UNAVAILABLE", "报表服务暂时无法出具证明，请稍后重试。");
        }
    }
}

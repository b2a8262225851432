using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Grpc;

public sealed class ReportingApi(ServiceInfoProvider<ReportingDbContext> serviceInfo, ReportingDbContext db)
    : ReportingService.ReportingServiceBase
{
    // Replicas come and go; the newest announcements are the ones ops staff look for.
    private const int KnownServicesShown = 50;

    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context)
    {
        var known = await db.KnownServices.AsNoTracking()
            .OrderByDescending(s => s.LastAnnouncedAt)
            .Take(KnownServicesShown)
            .ToListAsync(context.CancellationToken);

        var response = new GetServiceInfoResponse { Info = await serviceInfo.DescribeAsync(context) };
        response.KnownServices.AddRange(known.Select(s => new Contracts.Reporting.V1.KnownService
        {
            Name = s.ServiceName,
            InstanceId = s.InstanceId,
            Version = s.Version,
            StartedAt = Timestamp.FromDateTimeOffset(s.StartedAt),
            LastAnnouncedAt = Timestamp.FromDateTimeOffset(s.LastAnnouncedAt),
        }));
        return response;
    }
}

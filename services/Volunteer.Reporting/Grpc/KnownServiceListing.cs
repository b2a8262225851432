using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Grpc;

/// <summary>Platform instances as their latest announcements describe them, for GetServiceInfo.</summary>
public sealed class KnownServiceListing(ReportingDbContext db)
{
    // Replicas come and go; the newest announcements are the ones ops staff look for.
    private const int KnownServicesShown = 50;

    public async Task<IEnumerable<Proto.KnownService>> ListAsync(CancellationToken ct) =>
        (await db.KnownServices.AsNoTracking().OrderByDescending(s => s.LastAnnouncedAt).Take(KnownServicesShown).ToListAsync(ct))
        .Select(s => new Proto.KnownService
        {
            Name = s.ServiceName,
            InstanceId = s.InstanceId,
            Version = s.Version,
            StartedAt = Timestamp.FromDateTimeOffset(s.StartedAt),
            LastAnnouncedAt = Timestamp.FromDateTimeOffset(s.LastAnnouncedAt),
        });
}

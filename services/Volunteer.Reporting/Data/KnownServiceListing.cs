using Microsoft.EntityFrameworkCore;

namespace Volunteer.Reporting.Data;

/// <summary>Platform instances as their latest announcements describe them, for GetServiceInfo.</summary>
public sealed class KnownServiceListing(ReportingDbContext db)
{
    // Replicas come and go; the newest announcements are the ones ops staff look for.
    private const int KnownServicesShown = 50;

    public async Task<List<KnownService>> ListAsync(CancellationToken ct) =>
        await db.KnownServices.AsNoTracking()
            .OrderByDescending(s => s.LastAnnouncedAt).Take(KnownServicesShown).ToListAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Issues 志愿服务证明 (free, stating hours, content and the recording unit, §14–17) from the recorded
/// services of a period, and verifies codes for anyone holding one.
/// </summary>
public sealed class Certificates(ReportingDbContext db, RecordAccess access, CertificateCodes codes, TimeProvider timeProvider)
{
    private const int NamedActivities = 10;

    public async Task<IssuedCertificate> IssueAsync(CertificateOrder order, CancellationToken ct)
    {
        var (start, end) = (order.Start, order.End);
        var volunteer = await access.LoadAsync(order.VolunteerId, ct);
        // Keyed by the volunteer, whom the edge has let this caller act for: a replay returns only their certificate.
        if (await db.Certificates.AsNoTracking().FirstOrDefaultAsync(
                c => c.VolunteerId == volunteer.Id && c.RequestId == order.RequestId, ct) is { } earlier)
        {
            return new IssuedCertificate(earlier, codes.CodeOf(earlier));
        }

        var services = await db.ServiceLines.AsNoTracking()
            .Where(l => l.VolunteerId == volunteer.Id && l.Day >= start && l.Day <= end)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.Hours, a.Id, a.Name, a.StartsOn })
            .ToListAsync(ct);
        if (services.Count == 0)
        {
            throw new RuleBrokenException("NO_RECORDED_SERVICE", volunteer.Id.ToString(), "该志愿者在此期间没有已记录的服务。");
        }

        var activities = services.DistinctBy(s => s.Id).OrderBy(s => s.StartsOn).Select(s => s.Name).ToList();
        var certificate = new CertificateRow
        {
            Number = CertificateCodes.NewNumber(end.Year),
            VolunteerId = volunteer.Id,
            MaskedName = Masking.Name(volunteer.Name),
            UnionId = volunteer.UnionId,
            Issuer = await db.Unions.Where(u => u.Id == volunteer.UnionId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "",
            PeriodStart = start,
            PeriodEnd = end,
            TotalHours = services.Sum(s => s.Hours),
            Activities = activities.Count,
            Content = string.Join("、", activities.Take(NamedActivities)) + (activities.Count > NamedActivities ? "等" : ""),
            IssuedAt = timeProvider.GetUtcNowForDatabase(),
            RequestId = order.RequestId,
        };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        return new IssuedCertificate(certificate, codes.CodeOf(certificate));
    }

    /// <summary>
    /// Revokes once: the first revocation's time and reason stand, so a retried or concurrent call changes
    /// nothing and answers the certificate as it was first revoked.
    /// </summary>
    public async Task<IssuedCertificate> RevokeAsync(
        CertificateRevocation revocation, PlatformCaller caller, CancellationToken ct)
    {
        var number = revocation.Number.Trim().ToUpperInvariant();
        var mine = db.Certificates.Where(c => c.Number == number && c.VolunteerId == revocation.VolunteerId);
        await mine.Where(c => c.RevokedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.RevokedAt, timeProvider.GetUtcNowForDatabase())
            .SetProperty(c => c.RevocationReason, revocation.Reason)
            .SetProperty(c => c.RevokedBy, caller.Subject), ct);
        var certificate = await mine.AsNoTracking().FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ResourceTypes.Certificate, number);
        return new IssuedCertificate(certificate, codes.CodeOf(certificate));
    }

    /// <summary>What the certificate states, or NOT_FOUND for an unknown or altered code (the two are not told apart).</summary>
    public async Task<IssuedCertificate> VerifyAsync(string code, CancellationToken ct)
    {
        var number = CertificateCodes.NumberIn(code);
        var certificate = number is null ? null : await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null || !codes.Verifies(certificate, code))
        {
            throw new NotFoundException(ResourceTypes.Certificate, code.Trim());
        }

        return new IssuedCertificate(certificate, codes.CodeOf(certificate));
    }
}

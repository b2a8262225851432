using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Grpc;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Issues 志愿服务证明 (free, stating hours, content and the recording unit, §14–17) from the recorded
/// services of a period, and verifies codes for anyone holding one.
/// </summary>
public sealed class Certificates(ReportingDbContext db, RecordAccess access, CertificateCodes codes, TimeProvider timeProvider)
{
    private const int NamedActivities = 10;

    public async Task<Proto.Certificate> IssueAsync(Proto.IssueCertificateRequest request, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var (start, end) = ReportDates.Period(request.PeriodStart, request.PeriodEnd, violations, required: true);
        violations.ThrowIfAny();
        var volunteer = await access.LoadAsync(volunteerId!.Value, ct);
        // Keyed by the volunteer, whom the edge has let this caller act for: a replay returns only their certificate.
        if (await db.Certificates.AsNoTracking()
                .FirstOrDefaultAsync(c => c.VolunteerId == volunteer.Id && c.RequestId == requestId, ct) is { } earlier)
        {
            return earlier.ToProto(codes.CodeOf(earlier));
        }

        var services = await db.ServiceLines.AsNoTracking()
            .Where(l => l.VolunteerId == volunteer.Id && l.Day >= start && l.Day <= end)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.Hours, a.Id, a.Name, a.StartsOn })
            .ToListAsync(ct);
        if (services.Count == 0)
        {
            throw new RuleBrokenException("NO_RECORDED_SERVICE", volunteer.Id.ToString(), "The volunteer has no recorded service in the period.");
        }

        var activities = services.DistinctBy(s => s.Id).OrderBy(s => s.StartsOn).Select(s => s.Name).ToList();
        var certificate = new CertificateRow
        {
            Number = CertificateCodes.NewNumber(end!.Value.Year),
            VolunteerId = volunteer.Id,
            MaskedName = Masking.Name(volunteer.Name),
            UnionId = volunteer.UnionId,
            Issuer = await db.Unions.Where(u => u.Id == volunteer.UnionId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "",
            PeriodStart = start!.Value,
            PeriodEnd = end.Value,
            TotalHours = services.Sum(s => s.Hours),
            Activities = activities.Count,
            Content = string.Join("、", activities.Take(NamedActivities)) + (activities.Count > NamedActivities ? "等" : ""),
            IssuedAt = timeProvider.GetUtcNowForDatabase(),
            RequestId = requestId,
        };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        return certificate.ToProto(codes.CodeOf(certificate));
    }

    /// <summary>What the certificate states, or NOT_FOUND for an unknown or altered code (the two are not told apart).</summary>
    public async Task<Proto.Certificate> VerifyAsync(string code, CancellationToken ct)
    {
        var violations = new FieldViolations();
        FieldRules.Text(code, 64, "code", violations);
        violations.ThrowIfAny();
        var number = CertificateCodes.NumberIn(code);
        var certificate = number is null ? null : await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null || !codes.Verifies(certificate, code))
        {
            throw new NotFoundException(ResourceTypes.Certificate, code.Trim());
        }

        // Anyone may verify: show what the paper states, not the platform's internal volunteer id.
        var stated = certificate.ToProto(codes.CodeOf(certificate));
        stated.VolunteerId = "";
        return stated;
    }
}

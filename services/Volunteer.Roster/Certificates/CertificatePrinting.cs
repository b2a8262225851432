using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Roster.Data;
using Volunteer.Roster.Exports;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Certificates;

/// <summary>
/// Prints a certificate: reporting issues it (hours, activities, issuer, code) and roster adds the person as
/// only it knows them. Composed here so full names and ID data never leave roster for reporting; the edge and
/// reporting both admit only the volunteer themself and admins in scope, who may see the full name.
/// </summary>
public sealed class CertificatePrinting(RosterDbContext db, ReportingCertificates reporting)
{
    public async Task<(Certificate Certificate, byte[] Pdf)> PrintAsync(
        IssueCertificateRequest order, Guid volunteerId, CancellationToken cancellationToken)
    {
        var person = await db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId)
            .Select(v => new { v.Name, v.IdType, v.IdNumberMasked, v.NationalVolunteerNumber })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.StaffVolunteer, volunteerId.ToString());
        var certificate = await reporting.IssueAsync(order, cancellationToken);
        if (certificate.RevokedAt is not null)
        {
            throw new RuleBrokenException("CERTIFICATE_REVOKED", certificate.Number,
                $"该证明已撤销，不能打印（{certificate.RevocationReason}）。");
        }

        var printed = new PrintedCertificate(certificate, person.Name, PersonTexts.Of(person.IdType),
            person.IdNumberMasked, person.NationalVolunteerNumber ?? "");
        return (certificate, CertificatePdf.Compose(printed));
    }
}

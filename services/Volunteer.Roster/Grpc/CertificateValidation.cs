using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads PrintCertificate's request, every bad field at once, before roster or reporting is asked.</summary>
public static class CertificateValidation
{
    public static (IssueCertificateRequest Order, Guid VolunteerId) Parse(PrintCertificateRequest request)
    {
        var violations = new FieldViolations();
        FieldRules.RequireText(request.RequestId, RequestIds.MaxLength, "request_id", violations);
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var start = FieldRules.Day(request.PeriodStart, "period_start", violations);
        var end = FieldRules.Day(request.PeriodEnd, "period_end", violations);
        if (start > end)
        {
            violations.Add("period_end", FieldTexts.NotBefore("period_start"));
        }

        violations.ThrowIfAny();
        var order = new IssueCertificateRequest
        {
            RequestId = request.RequestId.Trim(), VolunteerId = volunteerId!.Value.ToString(),
            PeriodStart = request.PeriodStart, PeriodEnd = request.PeriodEnd,
        };
        return (order, volunteerId.Value);
    }
}

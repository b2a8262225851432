using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Records;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads the service record RPCs' requests, collecting every bad field before answering.</summary>
public static class RecordValidation
{
    private const int ReasonLength = 500, CodeLength = 64;

    public static Guid VolunteerId(string volunteerId)
    {
        var violations = new FieldViolations();
        var id = violations.Id(volunteerId, "volunteer_id");
        violations.ThrowIfAny();
        return id!.Value;
    }

    public static CorrectionFiling Parse(RequestRecordCorrectionRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var activityId = violations.Id(request.ActivityId, "activity_id", required: false);
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations);
        violations.ThrowIfAny();
        return new CorrectionFiling(requestId, volunteerId!.Value, activityId, reason);
    }

    public static CorrectionResolution Parse(ResolveRecordCorrectionRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.CorrectionId, "correction_id");
        var resolution = FieldRules.Text(request.Resolution, ReasonLength, "resolution", violations);
        violations.ThrowIfAny();
        return new CorrectionResolution(id!.Value, request.Accepted, resolution);
    }

    public static (Guid VolunteerId, IdPage Paging) Parse(ListRecordCorrectionsRequest request)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return (volunteerId!.Value, paging);
    }

    public static CertificateOrder Parse(IssueCertificateRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var (start, end) = ReportDates.Period(request.PeriodStart, request.PeriodEnd, violations, required: true);
        violations.ThrowIfAny();
        return new CertificateOrder(requestId, volunteerId!.Value, start!.Value, end!.Value);
    }

    public static string Code(string code)
    {
        var violations = new FieldViolations();
        FieldRules.Text(code, CodeLength, "code", violations);
        violations.ThrowIfAny();
        return code;
    }

    public static CertificateRevocation Parse(RevokeCertificateRequest request)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var number = FieldRules.Text(request.Number, CodeLength, "number", violations);
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations);
        violations.ThrowIfAny();
        return new CertificateRevocation(volunteerId!.Value, number, reason);
    }

    public static RecordExport Parse(ExportServiceRecordsRequest request) =>
        Export(request.UnionId, request.PeriodStart, request.PeriodEnd);

    public static RecordExport Parse(ExportServiceEntriesRequest request) =>
        Export(request.UnionId, request.PeriodStart, request.PeriodEnd);

    private static RecordExport Export(string union, string periodStart, string periodEnd)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(union, "union_id", required: false);
        var (start, end) = ReportDates.Period(periodStart, periodEnd, violations, required: true);
        violations.ThrowIfAny();
        return new RecordExport(unionId, start!.Value, end!.Value);
    }
}

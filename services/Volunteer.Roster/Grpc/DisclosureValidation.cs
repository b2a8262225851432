using Volunteer.Roster.Exports;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads consent withdrawals, export requests and audit listings, naming every bad field.</summary>
public static class DisclosureValidation
{
    private const int ReasonLength = 500;
    private const int LongestPeriodDays = 366;
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    // The edge found the volunteer within the caller's reach, so the id is a valid one.
    public static (Guid VolunteerId, string? Reason) Withdraw(Proto.WithdrawConsentRequest request)
    {
        var violations = new FieldViolations();
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations, required: false);
        violations.ThrowIfAny();
        return (Guid.Parse(request.VolunteerId), FieldRules.Trimmed(reason));
    }

    public static NationalExportRequest Export(Proto.ExportNationalRecordsRequest request)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var start = Day(request.PeriodStart, "period_start", violations);
        var end = Day(request.PeriodEnd, "period_end", violations);
        if (start is { } first && end is { } last
            && (last < first || last.DayNumber - first.DayNumber > LongestPeriodDays))
        {
            violations.Add("period_end",
                $"不能早于period_start，且不能晚于其后{LongestPeriodDays}天");
        }

        var format = Format(request.Format, violations);
        violations.ThrowIfAny();
        return new NationalExportRequest(unionId, start!.Value, end!.Value, format);
    }

    public static (Guid PolicyId, Disclosures.ExportFormat Format) Export(Proto.ExportInsuredPersonsRequest request)
    {
        var violations = new FieldViolations();
        var policyId = violations.Id(request.PolicyId, "policy_id", required: true);
        var format = Format(request.Format, violations);
        violations.ThrowIfAny();
        return (policyId!.Value, format);
    }

    public static UnionScopedPage List(Proto.ListAuditEntriesRequest request)
    {
        var violations = new FieldViolations();
        var page = UnionScopedPage.Parse(request.PageSize, request.PageToken, request.UnionSubtreeOf, violations);
        violations.ThrowIfAny();
        return page;
    }

    private static Disclosures.ExportFormat Format(Proto.ExportFormat format, FieldViolations violations)
    {
        if (format is not (Proto.ExportFormat.Csv or Proto.ExportFormat.Xlsx))
        {
            violations.Add("format", "须为CSV（EXPORT_FORMAT_CSV）或XLSX（EXPORT_FORMAT_XLSX）");
        }

        return (Disclosures.ExportFormat)format;
    }

    private static DateOnly? Day(string value, string field, FieldViolations violations)
    {
        var day = FieldRules.Day(value, field, violations);
        if (day is { } known && (known < Earliest || known > Latest))
        {
            violations.Add(field, "年份须在2000至2100之间");
            return null;
        }

        return day;
    }
}

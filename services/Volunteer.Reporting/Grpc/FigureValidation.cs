using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads the union and period that GetFigures and WatchFigures share.</summary>
public static class FigureValidation
{
    public static FigureRequest Parse(string unionId, string periodStart, string periodEnd)
    {
        var violations = new FieldViolations();
        var union = violations.Id(unionId, "union_id", required: false);
        var (start, end) = ReportDates.Period(periodStart, periodEnd, violations, required: false);
        violations.ThrowIfAny();
        return new FigureRequest(union, start, end);
    }
}

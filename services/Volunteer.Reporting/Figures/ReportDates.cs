using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Days in reporting requests: YYYY-MM-DD within the years a campaign can concern, so period arithmetic
/// (the period before, the next midnight) never leaves the calendar and a query never spans millennia.
/// </summary>
public static class ReportDates
{
    public const int FirstYear = 2000, LastYear = 2100;

    public static DateOnly? Day(string value, string field, FieldViolations violations, bool required)
    {
        var day = FieldRules.Day(value, field, violations, required);
        if (day is { Year: < FirstYear or > LastYear })
        {
            violations.Add(field, $"须为{FirstYear}至{LastYear}年之间的日期");
            return null;
        }

        return day;
    }

    /// <summary>Both ends of a period, the end not before the start.</summary>
    public static (DateOnly? Start, DateOnly? End) Period(
        string start, string end, FieldViolations violations, bool required)
    {
        var from = Day(start, "period_start", violations, required);
        var to = Day(end, "period_end", violations, required);
        if (from > to)
        {
            violations.Add("period_end", FieldTexts.NotBefore("period_start"));
        }

        return (from, to);
    }
}

using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// The days insurance questions may name: cover in this platform's campaigns lies in 2000..2100, so a
/// day outside is a typing error, and a policy runs at most a few years.
/// </summary>
public static class CoverDays
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxPolicyYears = 3;

    /// <summary>A day "YYYY-MM-DD" in the years cover may lie in; null when empty or bad (then a violation).</summary>
    public static DateOnly? Read(string value, string field, FieldViolations violations, bool required = true)
    {
        var day = FieldRules.Day(value, field, violations, required);
        if (day is { Year: < FirstYear or > LastYear })
        {
            violations.Add(field, $"年份须在{FirstYear}至{LastYear}之间");
            return null;
        }

        return day;
    }
}

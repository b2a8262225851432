using System.Globalization;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety;

/// <summary>Field checks safety requests share; each returns the value to store and adds a violation when bad.</summary>
internal static class FieldRules
{
    /// <summary>The trimmed text; blank is a violation when required.</summary>
    public static string Text(string value, int maxLength, string field, FieldViolations violations, bool required = true)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && required)
        {
            violations.Add(field, "is required");
        }
        else if (trimmed.Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }

        return trimmed;
    }

    /// <summary>A day "YYYY-MM-DD"; null when empty (a violation when required) or malformed.</summary>
    public static DateOnly? Day(string value, string field, FieldViolations violations, bool required = true)
    {
        if (value.Length == 0 && required)
        {
            violations.Add(field, "is required");
        }

        return CampaignClock.ParseDate(value, field, violations);
    }

    /// <summary>An amount in yuan written as text, e.g. "200000" or "150.50"; empty means 0.</summary>
    public static decimal Yuan(string value, string field, FieldViolations violations)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount.Scale <= 2 && amount < 1_000_000_000_000m)
        {
            return amount;
        }

        violations.Add(field, "must be an amount in yuan such as \"200000\" or \"150.50\" (not negative, at most two decimals)");
        return 0;
    }

    /// <summary>Ids of a repeated field, each named by its index; repeats are violations too.</summary>
    public static List<Guid> Ids(IReadOnlyList<string> values, string field, int max, FieldViolations violations)
    {
        if (values.Count > max)
        {
            violations.Add(field, $"must hold at most {max} ids");
        }

        var ids = new List<Guid>();
        for (var i = 0; i < values.Count; i++)
        {
            if (violations.Id(values[i], $"{field}[{i}]") is not { } id)
            {
                continue;
            }

            if (ids.Contains(id))
            {
                violations.Add($"{field}[{i}]", "repeats an earlier id");
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}

using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster;

/// <summary>Text field checks every roster request shares.</summary>
internal static class FieldRules
{
    public static void RequireText(string value, int maxLength, string field, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, "is required");
        }
        else
        {
            OptionalText(value, maxLength, field, violations);
        }
    }

    public static void OptionalText(string value, int maxLength, string field, FieldViolations violations)
    {
        if (value.Trim().Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }
    }

    /// <summary>The trimmed text, or null for an empty or blank field (stored as absent).</summary>
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Validation;

internal static class TextField
{
    /// <summary>Trimmed text of 1 to <paramref name="max"/> characters, or a violation naming the field.</summary>
    public static string Required(this FieldViolations violations, string value, string field, int max)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            violations.Add(field, "is required");
        }
        else if (text.Length > max)
        {
            violations.Add(field, $"must be at most {max} characters");
        }

        return text;
    }
}

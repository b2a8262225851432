using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Data;

/// <summary>
/// A create request's client key. A replay is found only under the thing the edge authorized (the union,
/// the parent union or the volunteer), so one union's key never finds another union's record.
/// </summary>
public static class RequestIds
{
    public const int MaxLength = 100;

    /// <summary>The key as stored (trimmed), or null when the request has none.</summary>
    public static string? Check(string value, FieldViolations violations, string field = "request_id")
    {
        FieldRules.OptionalText(value, MaxLength, field, violations);
        return FieldRules.Trimmed(value);
    }
}

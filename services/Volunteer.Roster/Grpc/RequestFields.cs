using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Grpc;

/// <summary>Single fields an RPC needs and nothing else: checked and answered on their own.</summary>
public static class RequestFields
{
    /// <summary>The id in <paramref name="field"/>, or INVALID_ARGUMENT when it is missing or malformed.</summary>
    public static Guid Id(string value, string field)
    {
        var violations = new FieldViolations();
        var id = violations.Id(value, field);
        violations.ThrowIfAny();
        return id!.Value;
    }

    /// <summary>The id in <paramref name="field"/>, null when empty, or INVALID_ARGUMENT when malformed.</summary>
    public static Guid? OptionalId(string value, string field)
    {
        var violations = new FieldViolations();
        var id = violations.Id(value, field, required: false);
        violations.ThrowIfAny();
        return id;
    }
}

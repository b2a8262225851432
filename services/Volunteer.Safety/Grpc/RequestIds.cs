using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Grpc;

/// <summary>The one id a request names, refused as INVALID_ARGUMENT when missing or malformed.</summary>
public static class RequestIds
{
    public static Guid Required(string value, string field)
    {
        var violations = new FieldViolations();
        var id = violations.Id(value, field);
        violations.ThrowIfAny();
        return id!.Value;
    }
}

using Google.Protobuf.WellKnownTypes;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Reads a google.protobuf.Timestamp from a request. A client can send any seconds and nanos, and
/// converting values outside the type's range throws, which would answer INTERNAL: check them first.
/// </summary>
public static class TimestampRules
{
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range the Timestamp type documents.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    /// <summary>The moment, or null when absent (a violation when required) or invalid (always a violation).</summary>
    public static DateTimeOffset? Read(Timestamp? value, string field, FieldViolations violations, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                violations.Add(field, "is required");
            }

            return null;
        }

        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            violations.Add(field, "must be a valid timestamp (years 0001 to 9999, nanos 0 to 999999999)");
            return null;
        }

        return value.ToDateTimeOffset();
    }
}

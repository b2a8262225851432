using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Incidents;

/// <summary>Field rules of incident requests and the names incidents carry in events.</summary>
public static class IncidentRules
{
    /// <summary>A moment not in the future, at the microsecond precision the database keeps.</summary>
    public static DateTimeOffset? PastMoment(Timestamp? value, string field, DateTimeOffset now, FieldViolations violations, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                violations.Add(field, "is required");
            }

            return null;
        }

        var moment = value.ToDateTimeOffset();
        if (moment > now.AddMinutes(5))
        {
            violations.Add(field, "must not be in the future");
            return null;
        }

        return moment.AddTicks(-(moment.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public static string EventName(IncidentSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string EventName(ClaimStatus status) => status.ToString().ToLowerInvariant();
}

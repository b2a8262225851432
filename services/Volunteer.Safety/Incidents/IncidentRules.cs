using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Incidents;

/// <summary>Field rules of incident requests and the names incidents carry in events.</summary>
public static class IncidentRules
{
    /// <summary>No incident of this platform's campaigns happened before this (2000-01-01, UTC).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead of the server's clock a moment may be: a caller's clock runs a little off.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>A moment not in the future nor before 2000, at the microsecond precision the database keeps.</summary>
    public static DateTimeOffset? PastMoment(
        Timestamp? value, string field, DateTimeOffset now, FieldViolations violations, bool required)
    {
        if (TimestampRules.Instant(value, field, violations, required: required) is not { } moment)
        {
            return null;
        }

        if (moment > now + ClockTolerance)
        {
            violations.Add(field, "不能晚于当前时间");
            return null;
        }

        if (moment < Earliest)
        {
            violations.Add(field, FieldTexts.NotBefore("2000-01-01"));
            return null;
        }

        return moment.AddTicks(-(moment.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public static string EventName(IncidentSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string EventName(ClaimStatus status) => status.ToString().ToLowerInvariant();
}

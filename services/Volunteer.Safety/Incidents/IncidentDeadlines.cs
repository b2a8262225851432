using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Reporting duties: the insurer within 48 hours of the incident; serious and critical incidents to the
/// province the same day, that is before midnight in Asia/Shanghai.
/// </summary>
public static class IncidentDeadlines
{
    public static readonly TimeSpan InsurerNotice = TimeSpan.FromHours(48);

    public static DateTimeOffset InsurerDeadline(DateTimeOffset occurredAt) => occurredAt + InsurerNotice;

    public static DateTimeOffset? ProvinceDeadline(DateTimeOffset occurredAt, IncidentSeverity severity)
    {
        if (severity is not (IncidentSeverity.Serious or IncidentSeverity.Critical))
        {
            return null;
        }

        var nextLocalMidnight = DayOf(occurredAt).AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(nextLocalMidnight, CampaignClock.Zone.GetUtcOffset(nextLocalMidnight)).ToUniversalTime();
    }

    /// <summary>The campaign day on which the moment falls.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, CampaignClock.Zone).DateTime);

    public static bool IsOverdue(Incident incident, DateTimeOffset now) =>
        incident.Status != IncidentStatus.Closed
        && ((incident.ProvinceDeadline is { } province && incident.ProvinceReportedAt is null && province < now)
            || (incident.InsurerNotifiedAt is null && incident.InsurerDeadline < now));
}

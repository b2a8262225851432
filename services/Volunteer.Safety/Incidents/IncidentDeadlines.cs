using System.Linq.Expressions;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Incidents;

/// <summary>
/// Reporting duties: the insurer within 48 hours of the incident; serious and critical incidents to the
/// province the same day, that is before midnight in Asia/Shanghai.
/// </summary>
public static class IncidentDeadlines
{
    public static readonly TimeSpan InsurerNotice = TimeSpan.FromHours(48);

    /// <summary>
    /// An open incident with a duty not done by its deadline. Stated once as an expression so lists filter
    /// on it in SQL (<see cref="OverdueAt"/>) and single incidents are judged by the very same test.
    /// </summary>
    public static readonly Expression<Func<Incident, DateTimeOffset, bool>> Overdue = (incident, now) =>
        incident.Status != IncidentStatus.Closed
        && ((incident.ProvinceDeadline != null && incident.ProvinceReportedAt == null
                && incident.ProvinceDeadline < now)
            || (incident.InsurerNotifiedAt == null && incident.InsurerDeadline < now));

    private static readonly Func<Incident, DateTimeOffset, bool> OverdueCompiled = Overdue.Compile();

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

    /// <summary>The campaign day on which the incident happened, the day its cover is judged on.</summary>
    public static DateOnly DayOf(DateTimeOffset occurredAt) => CampaignClock.DayOf(occurredAt);

    public static bool IsOverdue(Incident incident, DateTimeOffset now) => OverdueCompiled(incident, now);

    /// <summary>The overdue test with the moment bound as a query parameter, for EF to translate.</summary>
    public static Expression<Func<Incident, bool>> OverdueAt(DateTimeOffset now)
    {
        // A captured variable, not a constant, so EF sends it as a parameter and reuses the query plan.
        Expression<Func<DateTimeOffset>> moment = () => now;
        var body = new ParameterBinding(Overdue.Parameters[1], moment.Body).Visit(Overdue.Body);
        return Expression.Lambda<Func<Incident, bool>>(body, Overdue.Parameters[0]);
    }
}

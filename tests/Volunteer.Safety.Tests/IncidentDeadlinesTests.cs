using Volunteer.Safety.Incidents;

namespace Volunteer.Safety.Tests;

public sealed class IncidentDeadlinesTests
{
    [Fact]
    public void Serious_incidents_are_due_at_the_province_by_midnight_in_Shanghai()
    {
        // 23:30 in Shanghai is 15:30 UTC: due half an hour later, at 16:00 UTC.
        var lateEvening = new DateTimeOffset(2027, 5, 10, 15, 30, 0, TimeSpan.Zero);
        // 00:30 in Shanghai on the 11th is 16:30 UTC on the 10th: a whole Shanghai day ahead.
        var justAfterMidnight = new DateTimeOffset(2027, 5, 10, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2027, 5, 10, 16, 0, 0, TimeSpan.Zero), IncidentDeadlines.ProvinceDeadline(lateEvening, IncidentSeverity.Serious));
        Assert.Equal(new DateTimeOffset(2027, 5, 11, 16, 0, 0, TimeSpan.Zero), IncidentDeadlines.ProvinceDeadline(justAfterMidnight, IncidentSeverity.Critical));
        Assert.Equal(new DateOnly(2027, 5, 11), IncidentDeadlines.DayOf(justAfterMidnight));
        Assert.Null(IncidentDeadlines.ProvinceDeadline(lateEvening, IncidentSeverity.Moderate));
    }

    [Fact]
    public void An_incident_is_overdue_once_a_deadline_passes_with_its_duty_undone_and_until_it_is_closed()
    {
        var occurred = new DateTimeOffset(2027, 5, 10, 2, 0, 0, TimeSpan.Zero);
        var incident = new Incident
        {
            Place = "村小学",
            Description = "摔伤",
            ReportedBy = "officer",
            OccurredAt = occurred,
            Severity = IncidentSeverity.Serious,
            InsurerDeadline = IncidentDeadlines.InsurerDeadline(occurred),
            ProvinceDeadline = IncidentDeadlines.ProvinceDeadline(occurred, IncidentSeverity.Serious),
        };

        Assert.False(IncidentDeadlines.IsOverdue(incident, occurred.AddHours(10)));
        Assert.True(IncidentDeadlines.IsOverdue(incident, occurred.AddHours(15)));
        incident.ProvinceReportedAt = occurred.AddHours(1);
        Assert.False(IncidentDeadlines.IsOverdue(incident, occurred.AddHours(47)));
        Assert.True(IncidentDeadlines.IsOverdue(incident, occurred.AddHours(49)));
        incident.Status = IncidentStatus.Closed;
        Assert.False(IncidentDeadlines.IsOverdue(incident, occurred.AddHours(49)));
    }
}

namespace Volunteer.Reporting.Tests;

/// <summary>The reporting service running its own digest schedule on the fake clock.</summary>
public sealed class ScheduledReportingHost : ReportingServiceHost
{
    protected override bool RunsSchedule => true;
}

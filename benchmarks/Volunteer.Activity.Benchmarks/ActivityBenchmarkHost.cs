using Microsoft.AspNetCore.Hosting;
using Volunteer.Activity.Attendance;
using Volunteer.Testing;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// The activity service in-process on a fresh database and virtual host, or as another replica of
/// <paramref name="replicaOf"/>: its database and its queues.
/// </summary>
// global::Program is the activity service's entry point, not this benchmark's.
internal sealed class ActivityBenchmarkHost(ActivityBenchmarkHost? replicaOf = null)
    : BenchmarkServiceHost<global::Program>("activitydb", "services/Volunteer.Activity")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Volunteers check themselves in on the campaign's days of 2018, as if those days were today.
        builder.UseSetting(
            $"{AttendanceSettings.SectionName}:{nameof(AttendanceSettings.SelfServiceTolerance)}", "3650.00:00:00");
        if (replicaOf is not null)
        {
            builder.UseSetting($"ConnectionStrings:{DatabaseConnectionName}", replicaOf.DatabaseConnectionString);
            builder.UseSetting("ConnectionStrings:messaging", replicaOf.Messaging.ToString());
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>The reporting service in-process on a fresh database, without its own digest schedule.</summary>
// global::Program is the reporting service's entry point, not this benchmark's.
internal sealed class ReportingBenchmarkHost() : BenchmarkServiceHost<global::Program>("reportingdb", "services/Volunteer.Reporting")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reporting:Digests:Enabled", "false");
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Testing;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>The reporting service in-process on a fresh database, without its own schedule and without logs.</summary>
// global::Program is the reporting service's entry point, not this benchmark's.
internal sealed class ReportingBenchmarkHost() : ServiceHost<global::Program>("reportingdb")
{
    public string DatabaseConnectionString =>
        Services.GetRequiredService<IConfiguration>().GetConnectionString("reportingdb")
        ?? throw new InvalidOperationException("The host has no reportingdb connection string.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSolutionRelativeContentRoot("services/Volunteer.Reporting");
        builder.UseSetting("Reporting:Digests:Enabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}

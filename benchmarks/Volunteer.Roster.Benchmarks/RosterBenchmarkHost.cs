using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Roster.Data;
using Volunteer.Testing;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// The roster service in-process (TestServer, no network) on a fresh database and virtual host of the
/// run's servers, as the roster tests host it, with two changes for measuring.
/// </summary>
// global::Program is the roster service's entry point, not this benchmark's.
internal sealed class RosterBenchmarkHost() : ServiceHost<global::Program>("rosterdb")
{
    /// <summary>Sees the SQL the service sends, so the slowest search can be explained.</summary>
    public CommandRecorder Commands { get; } = new();

    /// <summary>The service's own database, for waiting on its outbox and explaining its queries.</summary>
    public string DatabaseConnectionString =>
        Services.GetRequiredService<IConfiguration>().GetConnectionString("rosterdb")
        ?? throw new InvalidOperationException("The host has no rosterdb connection string.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The factory finds the service's folder through a manifest in the working directory, which is the
        // test output folder under dotnet test but the repository under dotnet run.
        builder.UseSolutionRelativeContentRoot("services/Volunteer.Roster");
        // Information logs per request and per batch would be measured with the service and fill the console.
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<RosterDbContext>(options => options.AddInterceptors(Commands)));
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Roster.Data;
using Volunteer.Testing;

namespace Volunteer.Roster.Benchmarks;

/// <summary>The roster service in-process on a fresh database and virtual host, recording the SQL it sends.</summary>
// global::Program is the roster service's entry point, not this benchmark's.
internal sealed class RosterBenchmarkHost() : BenchmarkServiceHost<global::Program>("rosterdb", "services/Volunteer.Roster")
{
    /// <summary>Sees the SQL the service sends, so the slowest search can be explained.</summary>
    public CommandRecorder Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<RosterDbContext>(options => options.AddInterceptors(Commands)));
    }
}

using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Access.Benchmarks;

/// <summary>Roster in-process, its probes unlimited so the health check can be the call without a token.</summary>
// global::Program is the roster service's entry point, not this benchmark's.
internal sealed class RosterHost() : BenchmarkServiceHost<global::Program>("rosterdb", "services/Volunteer.Roster")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:probes:PermitLimit", int.MaxValue.ToString());
    }
}

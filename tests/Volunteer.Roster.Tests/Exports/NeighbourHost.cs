using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// Another real service beside a roster host: on its own database, but on roster's virtual host, so roster's
/// events reach it as in production (all trust the run's token issuer, so the tokens roster forwards are valid).
/// </summary>
public sealed class NeighbourHost<TProgram>(RosterServiceHost roster, string database) : ServiceHost<TProgram>(database)
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", roster.Messaging.ToString());
        builder.UseSetting("Reporting:Digests:Enabled", "false");
    }
}

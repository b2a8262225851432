extern alias reporting;
using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// The real reporting service beside a roster host: on its own database, but on roster's virtual host, so
/// roster's events reach it as in production (both trust the run's token issuer, so the tokens roster
/// forwards are valid at reporting).
/// </summary>
public sealed class ReportingHost(RosterServiceHost roster) : ServiceHost<reporting::Program>("reportingdb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", roster.Messaging.ToString());
        builder.UseSetting("Reporting:Digests:Enabled", "false");
    }
}

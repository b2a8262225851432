using Microsoft.AspNetCore.Hosting;
using Volunteer.Testing;

namespace Volunteer.Seeder.Tests;

/// <summary>
/// A service in-process on its own database but on roster's virtual host, as in the AppHost: events flow
/// between the services (and, trusting the run's issuer, one token is good for all of them).
/// </summary>
public class JoinedServiceHost<TEntryPoint>(string databaseConnectionName, SeedRosterHost roster) : ServiceHost<TEntryPoint>(databaseConnectionName)
    where TEntryPoint : class
{
    protected SeedRosterHost Roster { get; } = roster;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", Roster.Messaging.ToString());
    }
}

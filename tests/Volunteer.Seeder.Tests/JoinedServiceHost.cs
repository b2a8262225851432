using Microsoft.AspNetCore.Hosting;
using Volunteer.Contracts.Auth;
using Volunteer.Testing;

namespace Volunteer.Seeder.Tests;

/// <summary>
/// A service in-process on its own database but on roster's virtual host and signing key, as in the
/// AppHost: events flow between the services and one token is good for all of them.
/// </summary>
public class JoinedServiceHost<TEntryPoint>(string databaseConnectionName, SeedRosterHost roster) : ServiceHost<TEntryPoint>(databaseConnectionName)
    where TEntryPoint : class
{
    protected SeedRosterHost Roster { get; } = roster;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:messaging", Roster.Messaging.ToString());
        builder.UseSetting($"{PlatformTokenSettings.SectionName}:SigningKey", Roster.SigningKey);
    }
}

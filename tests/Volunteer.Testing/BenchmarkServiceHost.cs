using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteer.Testing;

/// <summary>
/// A service in-process (TestServer, no network) as its tests host it, set up for measuring: as deployed
/// (Production), run by <c>dotnet run</c> from the repository, and without logs that would be measured with
/// the service.
/// </summary>
/// <param name="serviceFolder">
/// The service's project folder from the repository root, e.g. "services/Volunteer.Safety".
/// </param>
public abstract class BenchmarkServiceHost<TProgram>(string databaseConnectionName, string serviceFolder)
    : ServiceHost<TProgram>(databaseConnectionName) where TProgram : class
{
    /// <summary>The service's own database, for seeding it in bulk and explaining its queries.</summary>
    public string DatabaseConnectionString =>
        Services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseConnectionName)
        ?? throw new InvalidOperationException($"The host has no {DatabaseConnectionName} connection string.");

    /// <summary>Development's scope validation and exception page would cost every call.</summary>
    protected override string EnvironmentName => Environments.Production;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The factory finds the service's folder through a manifest in the working directory, which is the
        // test output folder under dotnet test but the repository under dotnet run.
        builder.UseSolutionRelativeContentRoot(serviceFolder);
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}

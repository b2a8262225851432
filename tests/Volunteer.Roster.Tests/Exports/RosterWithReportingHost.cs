using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Reporting.V1;
using Xunit;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>Roster with the real reporting service beside it: roster's reporting client talks to its test server.</summary>
public sealed class RosterWithReportingHost : RosterServiceHost, IAsyncLifetime
{
    public RosterWithReportingHost() => Reporting = new ReportingHost(this);

    public ReportingHost Reporting { get; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ((IAsyncLifetime)Reporting).InitializeAsync();
        // Reporting's queues are bound before roster publishes anything, so it hears every union and volunteer.
        await Reporting.WaitUntilReadyAsync();
        await WaitUntilReadyAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Reporting.DisposeAsync();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Roster:ReportingAddress", "http://localhost");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(nameof(ReportingService.ReportingServiceClient))
                .ConfigurePrimaryHttpMessageHandler(() => Reporting.Server.CreateHandler()));
    }
}

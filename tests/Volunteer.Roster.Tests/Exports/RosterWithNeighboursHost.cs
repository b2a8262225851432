extern alias reporting;
extern alias safety;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Safety.V1;
using Xunit;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// Roster with the real reporting and safety services beside it, which its exports ask on the caller's behalf:
/// roster's clients talk to their test servers.
/// </summary>
public sealed class RosterWithNeighboursHost : RosterServiceHost, IAsyncLifetime
{
    public RosterWithNeighboursHost()
    {
        Reporting = new NeighbourHost<reporting::Program>(this, "reportingdb");
        Safety = new NeighbourHost<safety::Program>(this, "safetydb");
    }

    public NeighbourHost<reporting::Program> Reporting { get; }

    public NeighbourHost<safety::Program> Safety { get; }

    public SafetyService.SafetyServiceClient SafetyClient() => new(Safety.CreateChannel());

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ((IAsyncLifetime)Reporting).InitializeAsync();
        await ((IAsyncLifetime)Safety).InitializeAsync();
        // Their queues are bound before roster publishes anything, so they hear every union and volunteer.
        await Task.WhenAll(Reporting.WaitUntilReadyAsync(), Safety.WaitUntilReadyAsync());
        await WaitUntilReadyAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Safety.DisposeAsync();
        await Reporting.DisposeAsync();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Roster:ReportingAddress", "http://localhost");
        builder.UseSetting("Roster:SafetyAddress", "http://localhost");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(nameof(ReportingService.ReportingServiceClient))
                .ConfigurePrimaryHttpMessageHandler(() => Reporting.Server.CreateHandler());
            services.AddHttpClient(nameof(SafetyService.SafetyServiceClient))
                .ConfigurePrimaryHttpMessageHandler(() => Safety.Server.CreateHandler());
        });
    }
}

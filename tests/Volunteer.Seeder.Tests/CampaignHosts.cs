using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Roster.V1;
using Xunit;

namespace Volunteer.Seeder.Tests;

/// <summary>All five services in this process on one virtual host, trusting the run's token issuer; activity asks roster's test server about eligibility.</summary>
public sealed class CampaignHosts : IAsyncLifetime
{
    public CampaignHosts()
    {
        Activity = new ActivityHost(Roster);
        Safety = new JoinedServiceHost<Volunteer.Safety.Grpc.SafetyApi>("safetydb", Roster);
        Reporting = new ReportingHost(Roster);
        Identity = new JoinedServiceHost<Volunteer.Identity.Grpc.IdentityApi>("identitydb", Roster);
    }

    public SeedRosterHost Roster { get; } = new();

    public JoinedServiceHost<Volunteer.Activity.Grpc.ActivityApi> Activity { get; }

    public JoinedServiceHost<Volunteer.Safety.Grpc.SafetyApi> Safety { get; }

    public JoinedServiceHost<Volunteer.Reporting.Grpc.ReportingApi> Reporting { get; }

    public JoinedServiceHost<Volunteer.Identity.Grpc.IdentityApi> Identity { get; }

    public async Task InitializeAsync()
    {
        await Roster.InitializeAsync();
        await Task.WhenAll(Activity.InitializeAsync(), Safety.InitializeAsync(), Reporting.InitializeAsync(),
            Identity.InitializeAsync());
        await Roster.WaitUntilReadyAsync();
        await Task.WhenAll(Activity.WaitUntilReadyAsync(), Safety.WaitUntilReadyAsync(), Reporting.WaitUntilReadyAsync(),
            Identity.WaitUntilReadyAsync());
    }

    public async Task DisposeAsync()
    {
        await Identity.DisposeAsync();
        await Reporting.DisposeAsync();
        await Safety.DisposeAsync();
        await Activity.DisposeAsync();
        await Roster.DisposeAsync();
    }

    private sealed class ActivityHost(SeedRosterHost roster) : JoinedServiceHost<Volunteer.Activity.Grpc.ActivityApi>("activitydb", roster)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Activity:RosterAddress", "http://localhost");
            builder.ConfigureTestServices(services => services.AddHttpClient(nameof(RosterService.RosterServiceClient))
                .ConfigurePrimaryHttpMessageHandler(() => Roster.Server.CreateHandler()));
        }
    }

    // No digest schedule: the seeder produces the digests it wants.
    private sealed class ReportingHost(SeedRosterHost roster) : JoinedServiceHost<Volunteer.Reporting.Grpc.ReportingApi>("reportingdb", roster)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reporting:Digests:Enabled", "false");
            builder.UseSetting("Reporting:Digests:StartDelay", "00:00:00");
        }
    }
}

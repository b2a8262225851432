using Volunteer.Activity.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Tests.Roster;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;

namespace Volunteer.Activity.Tests;

/// <summary>
/// The activity service in-process with the real roster service beside it: activity's roster client
/// talks to roster's test server, and roster publishes onto activity's virtual host.
/// </summary>
public sealed class ActivityServiceHost : EventFedServiceHost<Program, ActivityDbContext>, IAsyncLifetime
{
    private readonly Lazy<Task<CampaignWorld>> _world;

    public ActivityServiceHost() : base("activitydb")
    {
        Roster = new RosterHost(this);
        _world = new Lazy<Task<CampaignWorld>>(() => CampaignWorld.BuildAsync(this));
    }

    public RosterHost Roster { get; }

    /// <summary>While true, roster answers UNAVAILABLE (see <see cref="RosterOutage"/>).</summary>
    public bool RosterDown { get; set; }

    /// <summary>Unions, a complete team and its volunteers, made in roster and known to activity (once per host).</summary>
    public Task<CampaignWorld> WorldAsync() => _world.Value;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ((IAsyncLifetime)Roster).InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Roster.DisposeAsync();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Activity:RosterAddress", "http://localhost");
        builder.UseSetting("Telemetry:GaugeInterval", "00:00:00.200");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new CampaignTime());
            services.AddHttpClient(nameof(RosterService.RosterServiceClient))
                .ConfigurePrimaryHttpMessageHandler(() => new RosterOutage(this, Roster.Server.CreateHandler()));
        });
    }
}

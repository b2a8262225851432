using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Messaging.Inbox;
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
public sealed class ActivityServiceHost : ServiceHost<Program>, IAsyncLifetime
{
    private readonly Lazy<Task<CampaignWorld>> _world;
    private IBusControl? _publisher;

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

    /// <summary>Publishes onto this host's virtual host, as another service (safety) would; returns the message id.</summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        if (_publisher is null)
        {
            _publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(Messaging));
            await _publisher.StartAsync();
        }

        await _publisher.Publish(message, context => context.MessageId = id);
        return id;
    }

    /// <summary>Waits until this service's inbox holds the message: it was handled (or skipped as a duplicate).</summary>
    public async Task WaitUntilConsumedAsync(Guid messageId)
    {
        var consumed = await Eventually.GetAsync(async () =>
        {
            using var scope = Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId);
        }, done => done);
        Assert.True(consumed, $"Message {messageId} was never consumed.");
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ((IAsyncLifetime)Roster).InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.StopAsync();
        }

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

using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Tracing;
using Volunteer.Seeder.Tokens;
using Volunteer.Testing;

namespace Volunteer.EndToEnd.Tests;

/// <summary>
/// Starts the AppHost once for the end-to-end tests in local mode (or external: see
/// <see cref="FixtureInfrastructure"/>), with its data in a temporary folder and random ports so it never
/// touches a developer's running system, and waits until all is healthy.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["roster", "activity", "safety", "reporting"];
    public static readonly string[] Infrastructure =
        ["postgres", "messaging", "identitydb", "rosterdb", "activitydb", "safetydb", "reportingdb", "identity"];

    private readonly string _dataDirectory = TemporaryDirectory.Create("volunteer-e2e-");
    private readonly string _developmentSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private readonly HttpClient _identityHttp = new();
    private DistributedApplication? _app;
    private DevelopmentTokenSource? _tokens;

    /// <summary>Whether the demo seeder runs at start (and is waited for).</summary>
    protected virtual bool SeedsDemo => false;

    /// <summary>Instances of each of the four services ("Replicas:&lt;service&gt;").</summary>
    public virtual int Replicas => 1;

    /// <summary>How long starting until every resource is healthy may take.</summary>
    protected virtual TimeSpan StartupLimit => TimeSpan.FromMinutes(4);

    /// <summary>Further AppHost configuration, "Key=value".</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>Every span the services exported during the run.</summary>
    public OtlpTraceReceiver Traces { get; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Volunteer_AppHost>(
        [
            .. await FixtureInfrastructure.SettingsAsync(_dataDirectory),
            "Services:FixedPorts=false",
            $"Parameters:identity-development-client-secret={_developmentSecret}",
            // Tests make the data they assert on, unless they are about the demo campaign.
            $"Seeder:RunOnStart={SeedsDemo}",
            .. Services.Select(service => $"Replicas:{service}={Replicas}"),
            .. Settings,
        ],
        (options, _) => options.DisableDashboard = true);

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                // Services that started before reporting's queue existed are heard at their next announcement.
                .WithEnvironment("Messaging__AnnouncementInterval", "00:00:02")
                // The dashboard is off: telemetry goes to the tests' own receiver, which answers at once.
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Traces.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500");
        }

        // Tests produce the digests they assert on. The scheduler's catch-up would produce the last weeks'
        // digests at a moment of its own: before a test's data, once a provincial union exists. The demo
        // campaign keeps it, as `up` does: its unions' digests come from the scheduler.
        if (!SeedsDemo)
        {
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "reporting"))
                .WithEnvironment("Reporting__Digests__Enabled", "false");
        }

        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartupLimit);
        await _app.StartAsync(startup.Token);
        await Task.WhenAll(Infrastructure.Concat(Services)
            .Select(name => _app.ResourceNotifications.WaitForResourceHealthyAsync(name, startup.Token)));
        await OnStartedAsync();
        _tokens = new DevelopmentTokenSource(_identityHttp, Options.Create(new IdentityClientOptions
        {
            Authority = _app.GetEndpoint("identity", "http").ToString(),
            ClientSecret = _developmentSecret,
        }), TimeProvider.System);
    }

    /// <summary>What a fixture needs beyond healthy services before its tests run.</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    public GrpcChannel CreateChannel(string service) => GrpcChannel.ForAddress(App.GetEndpoint(service, "grpc"));

    /// <summary>
    /// A token from the identity service's development grant; volunteers and captains have their volunteer id
    /// as subject. A union role without a union acts for a union nobody knows.
    /// </summary>
    public Metadata BearerToken(string role, string? unionId = null, string? subject = null)
    {
        var union = Guid.TryParse(unionId, out var id) ? id : PlatformRoles.NeedsUnion(role) ? Guid.NewGuid() : (Guid?)null;
        var token = (_tokens ?? throw new InvalidOperationException("Not started."))
            .Issue(subject ?? $"e2e-{role}", new RoleGrant(role, union));
        return new Metadata { { "authorization", $"Bearer {token.AccessToken}" } };
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _identityHttp.Dispose();
        await Traces.DisposeAsync();
        TemporaryDirectory.Delete(_dataDirectory);
    }
}

using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Xunit;

namespace Volunteer.Testing;

/// <summary>
/// One service in-process on its own database and virtual host of the run's real PostgreSQL and
/// RabbitMQ, taking its tokens from the run's test issuer, so tests can have the tokens they need.
/// </summary>
public abstract class ServiceHost<TProgram>(string databaseConnectionName) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private string? _database;
    private Uri? _messaging;
    private TestTokenIssuer? _tokens;
    private int? _grpcPort;
    private bool _busStarted;

    /// <summary>The name of the service's connection string, e.g. "rosterdb".</summary>
    public string DatabaseConnectionName => databaseConnectionName;

    /// <summary>The service's broker address (its own virtual host), for tests that watch what it publishes.</summary>
    public Uri Messaging => _messaging ?? throw new InvalidOperationException("Not initialised.");

    public TestTokenIssuer Tokens => _tokens ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>What the service logged, at the levels its configuration lets through: what operators would read.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>
    /// Development for tests (detailed errors, reflection, scope validation); a benchmark that measures the
    /// service as deployed runs it as Production.
    /// </summary>
    protected virtual string EnvironmentName => Environments.Development;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _database = await servers.CreateDatabaseAsync();
        _messaging = await servers.RabbitMq.CreateVirtualHostAsync();
        _tokens = await TestTokenIssuer.GetAsync();
    }

    /// <summary>Instead of initialising: another replica of <paramref name="first"/>, on its database and broker.</summary>
    public void ReplicaOf(ServiceHost<TProgram> first)
    {
        _database = first._database;
        _messaging = first._messaging;
        _tokens = first._tokens;
    }

    /// <summary>
    /// Instead of the in-memory test server: Kestrel on loopback, as a deployed replica listens, so clients
    /// reach it over real connections. Starts the service; returns its gRPC (HTTP/2) address.
    /// </summary>
    public Uri ListenOnLoopback()
    {
        _grpcPort = LoopbackPort.Free();
        UseKestrel();
        StartServer();
        return new Uri($"http://127.0.0.1:{_grpcPort}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        if (_grpcPort is { } port)
        {
            builder.UseSetting("Kestrel:Endpoints:grpc:Url", $"http://127.0.0.1:{port}");
            builder.UseSetting("Kestrel:Endpoints:http:Url", "http://127.0.0.1:0");
        }

        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", _database);
        builder.UseSetting("ConnectionStrings:messaging", _messaging?.ToString());
        Tokens.ServeTo(builder);
        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        // Keys for services that protect personal data (others ignore them).
        builder.UseSetting("PersonalData:EncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("PersonalData:LookupKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        if (EnvironmentName == Environments.Production)
        {
            // Production refuses to start reporting without a key of its own for certificate codes (Development
            // has a fixed one); others ignore it.
            builder.UseSetting(
                "Reporting:Certificates:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
    }

    /// <summary>
    /// Returns once /health says the database and the broker are ready: receive endpoints are bound,
    /// so a message published from now on reaches this service's queues.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        using var http = CreateClient();
        var response = await Eventually.GetAsync(() => http.GetAsync("/health"), r => r.IsSuccessStatusCode);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Empties <see cref="Logs"/> once start-up has finished logging — the bus reports its start in the
    /// background, after the first calls may already be answered — so a test reads only what its calls wrote.
    /// </summary>
    public async Task ClearStartUpLogsAsync()
    {
        await WaitUntilBusStartedAsync();
        Logs.Clear();
    }

    /// <summary>Starts the service if no call has yet, and returns once its bus has reported its start.</summary>
    public async Task WaitUntilBusStartedAsync()
    {
        _ = Server;
        _busStarted = _busStarted
            || await Eventually.GetAsync(() => Task.FromResult(BusStartLogged()), started => started);
        Assert.True(_busStarted, "The service's bus never reported that it started.");
    }

    private bool BusStartLogged() =>
        Logs.GetSnapshot().Any(r => r.Message.StartsWith("Bus started", StringComparison.Ordinal));

    public GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>A channel speaking gRPC-Web, as a browser client does.</summary>
    public GrpcChannel CreateGrpcWebChannel() => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, Server.CreateHandler()),
    });

    public Metadata BearerToken(string role, string? unionId = null, string subject = "test-user") =>
        new() { { "authorization", $"Bearer {Tokens.Issue(subject, role, unionId, TimeSpan.FromMinutes(10))}" } };

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}

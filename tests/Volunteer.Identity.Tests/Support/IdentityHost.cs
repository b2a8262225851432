using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// The identity service on real loopback ports (a browser and roster's key download need them), with
/// the real roster beside it that trusts its tokens. The environment decides whether the development
/// grant exists; outside Development the keys and the registrar secret are given, as they must be.
/// </summary>
public class IdentityHost : ServiceHost<Program>, IAsyncLifetime
{
    public const string OperatorSecret = "operator-secret-for-tests";
    public const string ConsoleRedirectUri = "http://console.test/callback";
    public const string ConsoleSignedOutUri = "http://console.test/signed-out";

    private readonly string _environment;
    private readonly int _httpPort = FreePort();
    private readonly int _grpcPort = FreePort();

    public IdentityHost() : this("Development")
    {
    }

    protected IdentityHost(string environment) : base("identitydb")
    {
        _environment = environment;
        Roster = new RosterBeside(this);
        UseKestrel();
    }

    /// <summary>Outside Development: a key that signed earlier tokens, still published for them.</summary>
    public RSA PreviousSigningKey { get; } = RSA.Create(2048);

    public Uri Issuer => new($"http://127.0.0.1:{_httpPort}");

    public RosterBeside Roster { get; }

    public IdentityService.IdentityServiceClient Identity => new(IdentityChannel());

    /// <summary>A channel to the identity service's gRPC port.</summary>
    public GrpcChannel IdentityChannel() => GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}");

    /// <summary>This identity service's token endpoint (the run's test issuer stays unused here).</summary>
    public TokenClient TokenEndpoint => new(Issuer);

    /// <summary>A sign-in of the console, which this host knows as a client.</summary>
    public CodeFlow ConsoleSignIn() => new(Issuer, ConsoleRedirectUri);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        StartServer();
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
        builder.UseEnvironment(_environment);
        builder.UseSetting("Kestrel:Endpoints:http:Url", Issuer.ToString());
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", $"http://127.0.0.1:{_grpcPort}");
        builder.UseSetting("Identity:Issuer", Issuer.ToString());
        builder.UseSetting("Authentication:Platform:Authority", Issuer.ToString());
        builder.UseSetting("Authentication:Platform:RequireHttpsMetadata", "false");
        builder.UseSetting("Identity:Clients:Console:RedirectUris:0", ConsoleRedirectUri);
        builder.UseSetting("Identity:Clients:Console:PostLogoutRedirectUris:0", ConsoleSignedOutUri);
        builder.UseSetting("Identity:Clients:Operator:Secret", OperatorSecret);
        builder.UseSetting("Identity:Clients:Development:Secret", TokenClient.DevelopmentSecret);
        builder.UseSetting("Identity:SignUp:RosterAddress", "http://localhost");
        builder.UseSetting("RateLimits:sign-in:PermitLimit", "100000");
        if (_environment != "Development")
        {
            using var rsa = RSA.Create(2048);
            builder.UseSetting("Identity:SigningKey", rsa.ExportRSAPrivateKeyPem());
            builder.UseSetting("Identity:PreviousSigningKeys:0", PreviousSigningKey.ExportPkcs8PrivateKeyPem());
            builder.UseSetting("Identity:EncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting("Identity:Clients:Registrar:Secret",
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        builder.ConfigureTestServices(services => services.AddHttpClient(nameof(RosterService.RosterServiceClient))
            .ConfigurePrimaryHttpMessageHandler(() => Roster.Server.CreateHandler()));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

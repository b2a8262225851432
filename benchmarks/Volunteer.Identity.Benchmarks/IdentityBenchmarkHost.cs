using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Volunteer.Testing;

namespace Volunteer.Identity.Benchmarks;

/// <summary>
/// The identity service on a real loopback port (a sign-in is HTTP with cookies and redirects), on a fresh
/// database and virtual host, with the console as its client.
/// </summary>
// global::Program is the identity service's entry point, not this benchmark's.
internal sealed class IdentityBenchmarkHost : BenchmarkServiceHost<global::Program>
{
    public const string RedirectUri = "http://console.benchmark/callback";

    public IdentityBenchmarkHost() : base("identitydb", "services/Volunteer.Identity") => UseKestrel();

    public Uri Issuer { get; } = new($"http://127.0.0.1:{FreePort()}");

    /// <summary>
    /// Development, where the server runs without configured keys and registrar secret: a sign-in's cost lies
    /// in the password hash and the OIDC exchange, not in where the keys come from.
    /// </summary>
    protected override string EnvironmentName => Environments.Development;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kestrel:Endpoints:http:Url", Issuer.ToString());
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", $"http://127.0.0.1:{FreePort()}");
        builder.UseSetting("Identity:Issuer", Issuer.ToString());
        builder.UseSetting("Identity:Clients:Console:RedirectUris:0", RedirectUri);
        // Every sign-in comes from one address here.
        builder.UseSetting("RateLimits:sign-in:PermitLimit", "100000");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

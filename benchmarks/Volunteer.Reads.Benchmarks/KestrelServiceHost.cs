using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Volunteer.Testing;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// A service as a deployment runs it (Production): its own configuration and logging, telemetry wired (no
/// exporter), tokens from the run's issuer through its discovery document, on real Kestrel at loopback ports.
/// </summary>
/// <param name="serviceFolder">The service's project folder from the repository root.</param>
/// <param name="settings">Settings beyond the production ones, e.g. a schedule that would run meanwhile.</param>
internal sealed class KestrelServiceHost<TProgram>(
    string databaseConnectionName, string serviceFolder, IReadOnlyDictionary<string, string>? settings = null)
    : ServiceHost<TProgram>(databaseConnectionName) where TProgram : class
{
    public int GrpcPort { get; } = FreePort();

    public int HttpPort { get; } = FreePort();

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    /// <summary>As deployed: Development's scope validation and exception page would cost every call.</summary>
    protected override string EnvironmentName => Environments.Production;

    public async Task StartAsync()
    {
        await InitializeAsync();
        UseKestrel();
        StartServer();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        var health = await Eventually.GetAsync(() => http.GetAsync("/health"), r => r.IsSuccessStatusCode);
        health.EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSolutionRelativeContentRoot(serviceFolder);
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", GrpcAddress.ToString());
        builder.UseSetting("Kestrel:Endpoints:http:Url", $"http://127.0.0.1:{HttpPort}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

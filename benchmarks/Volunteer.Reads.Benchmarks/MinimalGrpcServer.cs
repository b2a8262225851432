using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Volunteer.Reads.Benchmarks;

/// <summary>The baseline: ASP.NET Core gRPC over cleartext HTTP/2 with a pooled data source, nothing else.</summary>
internal sealed class MinimalGrpcServer(WebApplication app, NpgsqlDataSource database) : IAsyncDisposable
{
    public Uri Address { get; } = new(app.Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.Single());

    public static async Task<MinimalGrpcServer> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var database = NpgsqlDataSource.Create(connectionString);
        builder.Services.AddSingleton(database);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<MinimalVolunteerReads>();
        await app.StartAsync();
        return new MinimalGrpcServer(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }
}

using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Volunteer.Testing;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// The check-ins' baseline: ASP.NET Core gRPC in this process (TestServer, as the service runs here) with a
/// pooled data source on a database of its own, nothing else.
/// </summary>
internal sealed class MinimalCheckInServer(WebApplication app, NpgsqlDataSource database) : IAsyncDisposable
{
    public GrpcChannel CreateChannel()
    {
        var server = app.GetTestServer();
        return GrpcChannel.ForAddress(
            server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
    }

    public static async Task<MinimalCheckInServer> StartAsync(TestServers servers)
    {
        var database = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await using (var create = database.CreateCommand(MinimalCheckIns.Table))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(database);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<MinimalCheckIns>();
        await app.StartAsync();
        return new MinimalCheckInServer(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }
}

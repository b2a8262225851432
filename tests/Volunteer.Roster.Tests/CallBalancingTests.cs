using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Calls;

namespace Volunteer.Roster.Tests;

/// <summary>
/// Calls between services go through service discovery, which picks an endpoint per call: a client told of
/// two roster replicas (real servers on loopback, one database) has its calls answered by both.
/// </summary>
public sealed class CallBalancingTests : IAsyncLifetime
{
    private const int Calls = 100;
    private readonly RosterServiceHost _first = new();
    private readonly RosterServiceHost _second = new();
    private Uri[] _addresses = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_first).InitializeAsync();
        _second.ReplicaOf(_first);
        _addresses = [_first.ListenOnLoopback(), _second.ListenOnLoopback()];
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Calls_over_one_client_spread_over_every_configured_replica()
    {
        var answeredBy = await InstancesAnsweringAsync(new()
        {
            ["Services:roster:grpc:0"] = _addresses[0].ToString(),
            ["Services:roster:grpc:1"] = _addresses[1].ToString(),
        });

        Assert.Equal(2, answeredBy.Count);
        Assert.All(answeredBy.Values, count => Assert.InRange(count, Calls / 2 - 10, Calls / 2 + 10));
    }

    [Fact]
    public async Task A_headless_name_stands_for_every_address_it_resolves_to()
    {
        var answeredBy = await InstancesAnsweringAsync(new()
        {
            [$"HeadlessServices:roster:grpc"] = $"localhost:{_addresses[0].Port}",
        });

        Assert.Equal(Calls, Assert.Single(answeredBy).Value);
    }

    /// <summary>How many of <see cref="Calls"/> calls each instance answered: one client, as a service has.</summary>
    private async Task<Dictionary<string, int>> InstancesAnsweringAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddServiceCalls();
        services.AddGrpcClient<RosterService.RosterServiceClient>(o => o.Address = new Uri("http://_grpc.roster"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<RosterService.RosterServiceClient>();
        var headers = _first.BearerToken(PlatformRoles.ReportViewer);

        var answers = new List<string>();
        for (var call = 0; call < Calls; call++)
        {
            answers.Add((await client.GetServiceInfoAsync(new GetServiceInfoRequest(), headers)).Info.InstanceId);
        }

        return answers.CountBy(id => id).ToDictionary();
    }
}

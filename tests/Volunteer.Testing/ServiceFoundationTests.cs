using System.Net;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Common.V1;
using Xunit;

namespace Volunteer.Testing;

/// <summary>What every service must do whatever its domain: answer health, check tokens, describe itself.</summary>
public abstract partial class ServiceFoundationTests<TProgram>(ServiceHost<TProgram> host) where TProgram : class
{
    /// <summary>The service's full gRPC name, e.g. "volunteer.roster.v1.RosterService".</summary>
    protected abstract string GrpcServiceName { get; }

    /// <summary>The service's gRPC class, whose declarations say who may call each RPC.</summary>
    protected abstract Type ApiType { get; }

    protected abstract Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, Metadata headers);

    private const string GuangzhouUnion = "0193a1b2-0000-7000-8000-000000440100";

    [Fact]
    public async Task Service_info_reports_healthy_database_and_broker_and_the_callers_claims()
    {
        using var channel = host.CreateChannel();
        var headers = host.BearerToken(PlatformRoles.UnionAdmin, unionId: GuangzhouUnion, subject: "admin-gz");

        var info = await Eventually.GetAsync(
            () => GetServiceInfoAsync(channel, headers),
            i => i.Broker.State == DependencyState.Healthy);

        Assert.Equal(DependencyState.Healthy, info.Database.State);
        Assert.Equal(DependencyState.Healthy, info.Broker.State);
        Assert.Equal(new CallerIdentity { Subject = "admin-gz", Role = PlatformRoles.UnionAdmin, UnionId = GuangzhouUnion }, info.Caller);
        Assert.False(string.IsNullOrEmpty(info.Version));
        Assert.False(string.IsNullOrEmpty(info.InstanceId));
    }

    [Fact]
    public async Task A_browser_calls_over_grpc_web_with_a_token()
    {
        using var channel = host.CreateGrpcWebChannel();

        var info = await GetServiceInfoAsync(channel, host.BearerToken(PlatformRoles.Volunteer, subject: "volunteer-1"));

        Assert.Equal("volunteer-1", info.Caller.Subject);
    }

    [Theory]
    [InlineData("http://localhost:5173", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task A_local_front_end_may_call_from_the_browser_in_development_and_other_sites_may_not(string origin, bool allowed)
    {
        using var http = host.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"/{GrpcServiceName}/GetServiceInfo");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-grpc-web");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var granted) && granted.Single() == origin);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        using var channel = host.CreateChannel();

        var error = await Assert.ThrowsAsync<RpcException>(() => GetServiceInfoAsync(channel, []));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Reflection_lists_the_service_and_health_without_a_token_in_development()
    {
        using var channel = host.CreateChannel();
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains(GrpcServiceName, services);
        Assert.Contains(Health.Descriptor.FullName, services);
    }

    [Fact]
    public async Task Health_answers_without_a_token_over_http_and_grpc()
    {
        await host.WaitUntilReadyAsync();
        using var http = host.CreateClient();
        var ready = await http.GetAsync("/health");
        var alive = await http.GetAsync("/alive");
        using var channel = host.CreateChannel();
        var grpcHealth = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, grpcHealth.Status);
    }
}

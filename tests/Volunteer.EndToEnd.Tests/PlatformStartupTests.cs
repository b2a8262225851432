using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Common.V1;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using ReportingV1 = Volunteer.Contracts.Reporting.V1;
using RosterV1 = Volunteer.Contracts.Roster.V1;
using SafetyV1 = Volunteer.Contracts.Safety.V1;

namespace Volunteer.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PlatformStartupTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => [.. PlatformFixture.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_serves_health_and_describes_itself_to_a_caller_with_a_token(string service)
    {
        using var channel = platform.CreateChannel(service);
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        var info = await GetServiceInfoAsync(channel, service, platform.BearerToken(PlatformRoles.ProvincialAdmin));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal(service, info.Name);
        Assert.Equal(DependencyState.Healthy, info.Database.State);
        Assert.Equal(DependencyState.Healthy, info.Broker.State);
        Assert.Equal(PlatformRoles.ProvincialAdmin, info.Caller.Role);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_refuses_a_call_without_a_token(string service)
    {
        using var channel = platform.CreateChannel(service);

        var error = await Assert.ThrowsAsync<RpcException>(() => GetServiceInfoAsync(channel, service, []));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Reporting_learns_of_every_other_service_instance_through_the_broker()
    {
        var headers = platform.BearerToken(PlatformRoles.ReportViewer);
        var instances = new Dictionary<string, string>();
        foreach (var service in new[] { "roster", "activity", "safety" })
        {
            using var channel = platform.CreateChannel(service);
            instances[service] = (await GetServiceInfoAsync(channel, service, headers)).InstanceId;
        }

        using var reportingChannel = platform.CreateChannel("reporting");
        var reporting = new ReportingV1.ReportingService.ReportingServiceClient(reportingChannel);
        var response = await reporting.GetServiceInfoAsync(new ReportingV1.GetServiceInfoRequest(), headers);
        for (var attempt = 0; attempt < 120 && !ListsAll(response, instances.Values); attempt++)
        {
            await Task.Delay(250);
            response = await reporting.GetServiceInfoAsync(new ReportingV1.GetServiceInfoRequest(), headers);
        }

        foreach (var (service, instanceId) in instances)
        {
            var known = Assert.Single(response.KnownServices, k => k.InstanceId == instanceId);
            Assert.Equal(service, known.Name);
        }
    }

    private static bool ListsAll(ReportingV1.GetServiceInfoResponse response, IEnumerable<string> instanceIds) =>
        !instanceIds.Except(response.KnownServices.Select(k => k.InstanceId)).Any();

    private static async Task<ServiceInfo> GetServiceInfoAsync(GrpcChannel channel, string service, Metadata headers) => service switch
    {
        "roster" => (await new RosterV1.RosterService.RosterServiceClient(channel).GetServiceInfoAsync(new(), headers)).Info,
        "activity" => (await new ActivityV1.ActivityService.ActivityServiceClient(channel).GetServiceInfoAsync(new(), headers)).Info,
        "safety" => (await new SafetyV1.SafetyService.SafetyServiceClient(channel).GetServiceInfoAsync(new(), headers)).Info,
        "reporting" => (await new ReportingV1.ReportingService.ReportingServiceClient(channel).GetServiceInfoAsync(new(), headers)).Info,
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };
}

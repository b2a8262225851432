using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>One port in front of a service's replicas: callers that know only it still reach every replica.</summary>
public sealed partial class TwoReplicasTests
{
    private const int PortCalls = 20;

    [Fact]
    public async Task Calls_on_a_services_one_port_are_answered_by_both_replicas()
    {
        var viewer = platform.BearerToken(PlatformRoles.ReportViewer, subject: "viewer-ports");
        var answeredBy = new List<string>();
        // A connection per call: the proxy in front of the replicas spreads connections, not the calls on one.
        for (var call = 0; call < PortCalls; call++)
        {
            using var channel = platform.CreateChannel("roster");
            answeredBy.Add((await new RosterService.RosterServiceClient(channel)
                .GetServiceInfoAsync(new GetServiceInfoRequest(), viewer)).Info.InstanceId);
        }

        output.WriteLine(string.Join(", ", answeredBy.CountBy(id => id).Select(c => $"{c.Key}: {c.Value}")));
        Assert.Equal(platform.Replicas, answeredBy.Distinct().Count());
    }
}

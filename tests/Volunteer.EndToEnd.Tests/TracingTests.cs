using System.Diagnostics;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.EndToEnd.Tests.Tracing;

namespace Volunteer.EndToEnd.Tests;

/// <summary>What ops staff see on the dashboard: one user action is one trace, across gRPC, the broker and every consumer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TracingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Registering_a_union_is_one_trace_from_the_roster_call_to_the_consumers_in_activity_safety_and_reporting()
    {
        using var channel = platform.CreateChannel("roster");
        var roster = new RosterService.RosterServiceClient(channel);
        var provincialAdmin = platform.BearerToken(PlatformRoles.ProvincialAdmin);
        var province = await UnionTree.ProvinceAsync(roster, provincialAdmin);
        // The caller starts the trace, as a browser with tracing would, so the test knows its id.
        var traceId = ActivityTraceId.CreateRandom();
        var headers = new Metadata { { "traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01" } };
        foreach (var entry in provincialAdmin)
        {
            headers.Add(entry);
        }

        await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = Guid.NewGuid().ToString(), ParentId = province.Id, Name = "汕头市教育工会", Kind = UnionKind.CityEducation, RegionCode = "440500",
        }, headers);

        // Each service exports on its own schedule, so roster's publish span may arrive after the consumers' spans.
        var spans = await Wait.UntilAsync($"trace {traceId} to reach the union-tree consumers of activity, safety and reporting",
            () => Task.FromResult(platform.Traces.SpansOf(traceId.ToString())),
            s => new[] { "activity", "safety", "reporting" }.All(service => s.Any(span => span.Service == service && span.Kind == ReceivedSpan.ConsumerKind))
                && s.Any(span => span.Service == "roster" && span.Kind == ReceivedSpan.ProducerKind));

        Assert.Contains(spans, s => s.Service == "roster" && s.Kind == ReceivedSpan.ServerKind && s.Name.Contains("CreateUnion"));
        Assert.Contains(spans, s => s.Service == "roster" && s.Kind == ReceivedSpan.ProducerKind);
    }
}

using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// A request id is a key within the caller's union: another union's staff replaying it get their own
/// record or a refusal, never union A's.
/// </summary>
public sealed class ReplayAcrossUnionsTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_policy_request_id_replayed_by_another_union_never_returns_the_first_unions_policy()
    {
        var (a, b) = (await _data.CityAsync(), await _data.CityAsync());
        var requestId = Guid.NewGuid().ToString();
        var client = _data.Client();

        RegisterPolicyRequest For(Guid union) =>
            new() { RequestId = requestId, Policy = SafetyTestData.NewPolicy(union) };

        var first = (await client.RegisterPolicyAsync(For(a), _data.UnionAdmin(a))).Policy;
        var own = (await client.RegisterPolicyAsync(For(b), _data.UnionAdmin(b))).Policy;
        var againOwn = (await client.RegisterPolicyAsync(For(b), _data.UnionAdmin(b))).Policy;
        var asA = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.RegisterPolicyAsync(For(a), _data.UnionAdmin(b)).ResponseAsync);

        Assert.NotEqual(first.Id, own.Id);
        Assert.Equal(b.ToString(), own.HolderUnionId);
        Assert.Equal(own, againOwn);
        Assert.DoesNotContain(first.Id, asA.Status.Detail);
        await host.UntilAsync(async db => await db.Policies.CountAsync(p => p.RequestId == requestId) == 2);
    }

    [Fact]
    public async Task Simultaneous_retries_of_one_registration_all_answer_the_one_policy()
    {
        var city = await _data.CityAsync();
        var request = new RegisterPolicyRequest { RequestId = Guid.NewGuid().ToString(), Policy = SafetyTestData.NewPolicy(city) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => _data.Client().RegisterPolicyAsync(request, _data.Officer(city)).ResponseAsync));

        Assert.Single(answers.Select(a => a.Policy.Id).Distinct());
    }

    [Fact]
    public async Task An_incident_request_id_replayed_by_another_union_never_returns_the_first_unions_incident()
    {
        var world = await TwoUnionWorld.BuildAsync(_data);
        var requestId = Guid.NewGuid().ToString();
        var client = _data.Client();

        var first = (await client.ReportIncidentAsync(
            TwoUnionWorld.Report(world.ActivityA, world.VolunteerA, requestId), _data.Officer(world.UnionA))).Incident;
        var own = (await client.ReportIncidentAsync(
            TwoUnionWorld.Report(world.ActivityB, world.VolunteerB, requestId), _data.Officer(world.UnionB))).Incident;
        var asA = await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ReportIncidentAsync(
            TwoUnionWorld.Report(world.ActivityA, world.VolunteerA, requestId), _data.Officer(world.UnionB))
            .ResponseAsync);
        var again = (await client.ReportIncidentAsync(
            TwoUnionWorld.Report(world.ActivityA, world.VolunteerA, requestId), _data.Officer(world.UnionA))).Incident;

        Assert.NotEqual(first.Id, own.Id);
        Assert.Equal(world.UnionB.ToString(), own.UnionId);
        Assert.Equal(first.Id, again.Id);
        Assert.DoesNotContain(first.Id, asA.Status.Detail);
        await host.UntilAsync(async db => await db.Incidents.CountAsync(i => i.RequestId == requestId) == 2);
    }
}

using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// A policy's fields changed through a mask: earlier terms kept, the change announced, cover follows.
/// </summary>
public sealed class PolicyUpdateTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_changed_period_is_kept_as_a_revision_announced_and_cuts_cover()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city);
        var policy = await _data.PolicyAsync(city);
        await _data.Client().EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { volunteer.ToString() } }, _data.Province);
        await using var watch = await EventWatch.StartAsync(host.Messaging, "PolicyChanged");
        var change = Change(policy, "covers_to", p => p.CoversTo = "2027-06-30");
        change.ExpectedRevision = 1;

        var updated = (await _data.Client().UpdatePolicyAsync(change, _data.Officer(city))).Policy;
        var repeated = (await _data.Client().UpdatePolicyAsync(
            Change(policy, "covers_to", p => p.CoversTo = "2027-06-30"), _data.Officer(city))).Policy;
        var read = await _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = policy.Id }, _data.UnionAdmin(city));
        var published = await watch.NextAsync(m => m.GetProperty("policyId").GetString() == policy.Id);
        var cover = await _data.Client().GetCoverageAsync(new GetCoverageRequest
        {
            VolunteerIds = { volunteer.ToString() }, From = "2027-06-01", To = "2027-07-31",
        }, _data.Province);

        Assert.Equal(("2027-06-30", 2), (updated.CoversTo, updated.Revision));
        Assert.Equal(updated, repeated);
        Assert.Equal(updated, read.Policy);
        var revision = Assert.Single(read.Revisions);
        Assert.Equal((1, "2027-12-31", policy.Insurer),
            (revision.Revision, revision.Policy.CoversTo, revision.Policy.Insurer));
        Assert.Equal(["covers_to"], revision.ChangedFields);
        Assert.Equal("officer-1", revision.ChangedBy);
        Assert.Equal(2, published.GetProperty("revision").GetInt32());
        Assert.Equal("2027-06-30", published.GetProperty("coversTo").GetString());
        Assert.Equal("2027-07-01", Assert.Single(Assert.Single(cover.Volunteers).Gaps).From);
    }

    [Fact]
    public async Task A_blocked_activity_clears_once_its_participants_policy_covers_their_travel()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var policy = await _data.PolicyAsync(city, travelCovered: false);
        var activity = await _data.ActivityAsync(city, [volunteer]);
        await _data.ApprovedPlanAsync(activity, city);
        await _data.Client().EnrolPersonsAsync(
            new EnrolPersonsRequest { PolicyId = policy.Id, VolunteerIds = { volunteer.ToString() } }, _data.Province);
        var blocked = await Eventually.GetAsync(() => _data.ClearanceAsync(activity), c => c.Reasons.Count > 0);

        await _data.Client().UpdatePolicyAsync(
            Change(policy, "travel_covered", p => p.TravelCovered = true), _data.Officer(city));

        var cleared = await Eventually.GetAsync(() => _data.ClearanceAsync(activity), c => c.Cleared);
        Assert.False(blocked.Cleared);
        Assert.Equal(blocked.Revision + 1, cleared.Revision);
    }

    [Fact]
    public async Task Stale_revisions_bad_masks_and_bad_values_are_refused_and_nothing_changes()
    {
        var city = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city);
        var stale = Change(policy, "product", p => p.Product = "新产品");
        stale.ExpectedRevision = 7;
        var client = _data.Client();

        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.UpdatePolicyAsync(stale, _data.Province).ResponseAsync);
        Assert.Equal(["update_mask"], await RpcAssert.InvalidFieldsAsync(() => client.UpdatePolicyAsync(
            Change(policy, "holder_union_id", p => p.HolderUnionId = Guid.NewGuid().ToString()),
            _data.Province).ResponseAsync));
        Assert.Equal(["update_mask"], await RpcAssert.InvalidFieldsAsync(() => client.UpdatePolicyAsync(
            new UpdatePolicyRequest { Policy = new Policy { Id = policy.Id } }, _data.Province).ResponseAsync));
        Assert.Equal(["policy.covers_to"], await RpcAssert.InvalidFieldsAsync(() => client.UpdatePolicyAsync(
            Change(policy, "covers_to", p => p.CoversTo = "2026-12-31"), _data.Province).ResponseAsync));
        Assert.Equal(["policy.insurer", "policy.limits.medical"], await RpcAssert.InvalidFieldsAsync(() =>
            client.UpdatePolicyAsync(Change(policy, "insurer,limits", p =>
            {
                p.Insurer = new string('保', 101);
                p.Limits.Medical = "-1";
            }), _data.Province).ResponseAsync));

        Assert.Equal("POLICY_REVISION_CHANGED",
            Assert.Single(refused.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Type);
        var read = await client.GetPolicyAsync(new GetPolicyRequest { Id = policy.Id }, _data.Province);
        Assert.Equal(policy, read.Policy);
        Assert.Empty(read.Revisions);
    }

    [Fact]
    public async Task Another_unions_staff_cannot_change_a_policy()
    {
        var (city, other) = (await _data.CityAsync(), await _data.CityAsync());
        var policy = await _data.PolicyAsync(city);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().UpdatePolicyAsync(
            Change(policy, "territory", p => p.Territory = "广东省内"), _data.Officer(other)).ResponseAsync);
    }

    internal static UpdatePolicyRequest Change(Policy current, string paths, Action<Policy> change)
    {
        var policy = current.Clone();
        change(policy);
        var request = new UpdatePolicyRequest { Policy = policy };
        request.UpdateMask = new() { Paths = { paths.Split(',') } };
        return request;
    }
}

using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class PolicyApiTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_registered_policy_reads_back_the_same_and_a_retry_returns_it()
    {
        var city = await _data.CityAsync();
        var request = new RegisterPolicyRequest { RequestId = Guid.NewGuid().ToString(), Policy = SafetyTestData.NewPolicy(city) };
        request.Policy.Limits.Medical = "20000.50";
        await using var watch = await EventWatch.StartAsync(host.Messaging, "PolicyRegistered");

        var registered = (await _data.Client().RegisterPolicyAsync(request, _data.Officer(city))).Policy;
        var retried = (await _data.Client().RegisterPolicyAsync(request, _data.Officer(city))).Policy;
        var read = (await _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = registered.Id }, _data.UnionAdmin(city))).Policy;
        var published = await watch.NextAsync(m => m.GetProperty("policyId").GetString() == registered.Id);

        Assert.Equal(registered, retried);
        Assert.Equal(registered, read);
        Assert.Equal("20000.50", read.Limits.Medical);
        Assert.Equal("200000", read.Limits.DeathDisability);
        Assert.Equal(request.Policy.PolicyNumber, published.GetProperty("policyNumber").GetString());
        Assert.Equal("2027-12-31", published.GetProperty("coversTo").GetString());
    }

    [Fact]
    public async Task The_same_number_at_the_same_insurer_is_refused_as_already_existing()
    {
        var city = await _data.CityAsync();
        var policy = SafetyTestData.NewPolicy(city);
        await _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = policy }, _data.Province);
        var otherInsurer = policy.Clone();
        otherInsurer.Insurer = "中国平安广州分公司";

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = policy }, _data.Province).ResponseAsync);
        await _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = otherInsurer }, _data.Province);
    }

    [Fact]
    public async Task Bad_fields_are_all_named_and_nothing_is_stored()
    {
        var policy = new Policy
        {
            HolderUnionId = Guid.NewGuid().ToString(),
            Insurer = " ",
            PolicyNumber = new string('9', 61),
            Limits = new PolicyLimits { DeathDisability = "-5", Medical = "1.234" },
            CoversFrom = "2027-13-01",
            CoversTo = "2027-01-01",
        };

        var fields = await RpcAssert.InvalidFieldsAsync(() => _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = policy }, _data.Province).ResponseAsync);
        var reversed = await RpcAssert.InvalidFieldsAsync(() => _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest
        {
            Policy = SafetyTestData.NewPolicy(Guid.NewGuid(), from: new DateOnly(2027, 6, 1), to: new DateOnly(2027, 5, 31)),
        }, _data.Province).ResponseAsync);

        Assert.Equal(
            ["policy.covers_from", "policy.insurer", "policy.limits.death_disability", "policy.limits.medical",
             "policy.policy_number", "policy.product", "policy.territory"],
            fields);
        var malformed = await RpcAssert.InvalidFieldsAsync(() => _data.Client().RegisterPolicyAsync(
            new RegisterPolicyRequest { Policy = new Policy { HolderUnionId = "not-an-id" } }, _data.Province).ResponseAsync);

        Assert.Equal(["policy.covers_to"], reversed);
        Assert.Equal(["policy.holder_union_id"], malformed);
    }

    [Fact]
    public async Task Only_safety_staff_of_the_holder_union_or_above_manage_its_policies()
    {
        var city = await _data.CityAsync();
        var elsewhere = await _data.CityAsync();
        var policy = await _data.PolicyAsync(city);
        var volunteer = host.BearerToken(PlatformRoles.Volunteer, city.ToString(), Guid.NewGuid().ToString());

        var outside = await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = policy.Id }, _data.Officer(elsewhere)).ResponseAsync);
        var role = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => _data.Client().RegisterPolicyAsync(new RegisterPolicyRequest { Policy = SafetyTestData.NewPolicy(city) }, volunteer).ResponseAsync);
        var unknownId = Guid.NewGuid().ToString();
        var unknown = await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => _data.Client().GetPolicyAsync(new GetPolicyRequest { Id = unknownId }, _data.Officer(elsewhere)).ResponseAsync);

        Assert.Equal(outside.Status.Detail.Replace(policy.Id, "?"), unknown.Status.Detail.Replace(unknownId, "?"));
        Assert.Equal("ROLE_NOT_ALLOWED", role.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task Policies_page_to_the_end_within_the_callers_scope()
    {
        var city = await _data.CityAsync();
        var registered = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            registered.Add((await _data.PolicyAsync(city)).Id);
        }

        await _data.PolicyAsync(await _data.CityAsync());
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await _data.Client().ListPoliciesAsync(new ListPoliciesRequest { PageSize = 2, PageToken = token }, _data.Officer(city));
            seen.AddRange(page.Policies.Select(p => p.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        var covering = await _data.Client().ListPoliciesAsync(
            new ListPoliciesRequest { UnionSubtreeOf = city.ToString(), CoveringDay = "2026-12-31" }, _data.Province);
        var badToken = await RpcAssert.InvalidFieldsAsync(
            () => _data.Client().ListPoliciesAsync(new ListPoliciesRequest { PageToken = "%%", PageSize = -1 }, _data.Province).ResponseAsync);

        Assert.Equal(registered, seen);
        Assert.Empty(covering.Policies);
        Assert.Equal(["page_size", "page_token"], badToken);
    }
}

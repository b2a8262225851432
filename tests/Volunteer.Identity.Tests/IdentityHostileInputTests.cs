using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Tests.Support;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests;

/// <summary>Malformed, oversized and replayed requests: each refused naming its field, nothing written.</summary>
[Collection(SharedIdentity.Name)]
public sealed class IdentityHostileInputTests(SharedIdentityHost host)
{
    private static readonly string Long = new('号', 10_000);

    public static TheoryData<string, Action<CreateAccountRequest>> Accounts => new()
    {
        { "request_id", r => r.RequestId = new string('k', 101) },
        { "user_name", r => r.UserName = new string('u', 51) },
        { "user_name", r => r.UserName = "ab" },
        { "user_name", r => r.UserName = "李老师" },
        { "user_name", r => r.UserName = "x'; drop table users; --" },
        { "display_name", r => r.DisplayName = Long },
        { "display_name", r => r.DisplayName = "" },
        { "home_union_id", r => r.HomeUnionId = "not-a-union" },
        { "volunteer_id", r => r.VolunteerId = Long },
        { "initial_password", r => r.InitialPassword = Long },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task A_hostile_account_names_the_field_and_creates_nothing(
        string field, Action<CreateAccountRequest> spoil)
    {
        var world = await host.WorldAsync();
        var province = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var userName = $"hostile-{Guid.NewGuid().ToString("N")[..8]}";
        var request = new CreateAccountRequest
        {
            RequestId = userName, UserName = userName, DisplayName = "李老师", HomeUnionId = world.Guangzhou.Id,
        };
        spoil(request);

        Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(
            () => host.Identity.CreateAccountAsync(request, province).ResponseAsync));
        Assert.Empty((await host.Identity.ListAccountsAsync(new() { Text = userName }, province)).Accounts);
    }

    [Fact]
    public async Task Oversized_requests_and_forged_page_tokens_are_refused()
    {
        var world = await host.WorldAsync();
        var province = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var huge = new CreateAccountRequest
        {
            RequestId = "huge", UserName = "huge-account", DisplayName = new string('x', 2 * 1024 * 1024),
            HomeUnionId = world.Guangzhou.Id,
        };

        await RpcAssert.FailsAsync(StatusCode.ResourceExhausted,
            () => host.Identity.CreateAccountAsync(huge, province).ResponseAsync);
        Assert.Equal(["page_size", "page_token"], await RpcAssert.InvalidFieldsAsync(() => host.Identity
            .ListAccountsAsync(new() { PageSize = int.MinValue, PageToken = new string('A', 500_000) }, province)
            .ResponseAsync));
        Assert.Equal(["page_token"], await RpcAssert.InvalidFieldsAsync(() => host.Identity
            .ListAuditEntriesAsync(new() { PageToken = "eyJub3QiOiJhIHRva2VuIn0" }, province).ResponseAsync));
        Assert.Empty((await host.Identity.ListAccountsAsync(new() { Text = "huge-account" }, province)).Accounts);
    }

    [Fact]
    public async Task A_request_id_replayed_for_another_union_never_returns_the_first_account()
    {
        var world = await host.WorldAsync();
        // One cadre, admin of Guangzhou first and of Shenzhen later: the same subject acting for two unions.
        var cadre = $"cadre-{Guid.NewGuid():N}";
        var inGuangzhou = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id, cadre);
        var inShenzhen = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Shenzhen.Id, cadre);
        var key = $"replay-{Guid.NewGuid():N}";
        CreateAccountRequest Request(string home, string userName) => new()
        {
            RequestId = key, UserName = userName, DisplayName = "李老师", HomeUnionId = home,
        };
        var first = await host.Identity.CreateAccountAsync(Request(world.Guangzhou.Id, key), inGuangzhou);

        var replayed = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => host.Identity.CreateAccountAsync(Request(world.Guangzhou.Id, key), inShenzhen).ResponseAsync);
        var own = await host.Identity.CreateAccountAsync(Request(world.Shenzhen.Id, $"{key}-sz"), inShenzhen);

        Assert.DoesNotContain(first.OneTimePassword, replayed.Status.Detail);
        Assert.NotEqual(first.Account.Id, own.Account.Id);
        Assert.Equal(world.Shenzhen.Id, own.Account.HomeUnionId);
        Assert.NotEqual(first.OneTimePassword, own.OneTimePassword);
    }
}

using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Tests.Support;
using Google.Rpc;

namespace Volunteer.Identity.Tests;

/// <summary>
/// A union admin grants within their subtree and only roles below the province's; nobody grants registrar.
/// </summary>
[Collection(SharedIdentity.Name)]
public sealed class GrantScopeTests(SharedIdentityHost host)
{
    [Fact]
    public async Task A_union_admin_grants_roles_in_their_union_to_accounts_they_reach()
    {
        var world = await host.WorldAsync();
        var volunteer = await world.AccountAsync(world.Guangzhou);
        var guangzhouAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);

        var granted = await host.Identity.GrantRoleAsync(new GrantRoleRequest
        {
            AccountId = volunteer.Id, Role = PlatformRoles.SafetyOfficer, UnionId = world.Guangzhou.Id,
        }, guangzhouAdmin);

        Assert.Equal(PlatformRoles.SafetyOfficer, Assert.Single(granted.Account.Grants).Role);
    }

    [Fact]
    public async Task A_union_admin_may_not_grant_above_their_role_or_outside_their_subtree()
    {
        var world = await host.WorldAsync();
        var inGuangzhou = await world.AccountAsync(world.Guangzhou);
        var inShenzhen = await world.AccountAsync(world.Shenzhen);
        var guangzhouAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);

        var aboveRole = await RefusalAsync(new() { AccountId = inGuangzhou.Id, Role = PlatformRoles.ProvincialAdmin },
            guangzhouAdmin);
        var otherUnion = await RefusalAsync(new()
        {
            AccountId = inGuangzhou.Id, Role = PlatformRoles.Volunteer, UnionId = world.Shenzhen.Id,
        }, guangzhouAdmin);
        var otherAccount = await RefusalAsync(new()
        {
            AccountId = inShenzhen.Id, Role = PlatformRoles.Volunteer, UnionId = world.Guangzhou.Id,
        }, guangzhouAdmin);

        Assert.Equal(StatusCode.PermissionDenied, aboveRole.StatusCode);
        Assert.Equal("ROLE_NOT_GRANTABLE", Reason(aboveRole));
        Assert.Equal(StatusCode.PermissionDenied, otherUnion.StatusCode);
        Assert.Equal("OUTSIDE_UNION_SCOPE", Reason(otherUnion));
        Assert.Equal(StatusCode.NotFound, otherAccount.StatusCode);
    }

    [Fact]
    public async Task An_account_holding_power_beyond_the_admins_subtree_is_out_of_their_reach()
    {
        var world = await host.WorldAsync();
        var both = await world.AccountAsync(world.Guangzhou, (PlatformRoles.ReportViewer, world.Shenzhen));
        var guangzhouAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => host.Identity.LockAccountAsync(
            new LockAccountRequest { AccountId = both.Id }, guangzhouAdmin).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, refusal.StatusCode);
    }

    [Fact]
    public async Task Nobody_grants_the_registrar_role()
    {
        var world = await host.WorldAsync();
        var account = await world.AccountAsync(world.Province);
        var provincialAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);

        var refusal = await RefusalAsync(
            new() { AccountId = account.Id, Role = PlatformRoles.Registrar }, provincialAdmin);

        Assert.Equal(StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Equal("ROLE_NOT_GRANTABLE", Reason(refusal));
    }

    private static string? Reason(RpcException refusal) => refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private Task<RpcException> RefusalAsync(GrantRoleRequest request, Metadata caller) =>
        Assert.ThrowsAsync<RpcException>(() => host.Identity.GrantRoleAsync(request, caller).ResponseAsync);
}

using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Tests.Support;
using ProtoKind = Volunteer.Contracts.Identity.V1.AuditKind;

namespace Volunteer.Identity.Tests;

[Collection(SharedIdentity.Name)]
public sealed class AccountApiTests(SharedIdentityHost host)
{
    [Fact]
    public async Task An_account_made_without_a_password_gets_a_one_time_one_that_a_retry_replaces()
    {
        var world = await host.WorldAsync();
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);
        var userName = $"staff-{Guid.NewGuid().ToString("N")[..8]}";
        var request = new CreateAccountRequest
        {
            RequestId = userName, UserName = userName, DisplayName = "李老师", HomeUnionId = world.Guangzhou.Id,
        };

        var first = await host.Identity.CreateAccountAsync(request, admin);
        var retried = await host.Identity.CreateAccountAsync(request, admin);

        Assert.Equal(first.Account.Id, retried.Account.Id);
        Assert.NotEqual(first.OneTimePassword, retried.OneTimePassword);
        var tokens = await host.ConsoleSignIn().SignInAsync(userName, retried.OneTimePassword);
        var payload = Jwt.Payload(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(first.Account.Id, payload.GetProperty("sub").GetString());
    }

    [Fact]
    public async Task A_union_admin_lists_the_accounts_and_audit_entries_of_their_subtree_only()
    {
        var world = await host.WorldAsync();
        var inGuangzhou = await world.AccountAsync(world.Guangzhou, (PlatformRoles.Volunteer, world.Guangzhou));
        var inShenzhen = await world.AccountAsync(world.Shenzhen, (PlatformRoles.Volunteer, world.Shenzhen));
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);

        var accounts = await host.Identity.ListAccountsAsync(
            new ListAccountsRequest { Text = "user", PageSize = 500 }, admin);
        var granted = await host.Identity.ListAuditEntriesAsync(
            new ListAuditEntriesRequest { Kind = ProtoKind.RoleGranted, PageSize = 500 }, admin);

        var ids = accounts.Accounts.Select(a => a.Id).ToList();
        Assert.Contains(inGuangzhou.Id, ids);
        Assert.DoesNotContain(inShenzhen.Id, ids);
        Assert.All(accounts.Accounts, a => Assert.Equal(world.Guangzhou.Id, a.HomeUnionId));
        Assert.Contains(granted.Entries,
            e => e.AccountId == inGuangzhou.Id && e.Detail == $"volunteer:{world.Guangzhou.Id}");
        Assert.DoesNotContain(granted.Entries, e => e.AccountId == inShenzhen.Id);
        Assert.True(granted.Entries.Zip(granted.Entries.Skip(1))
            .All(p => string.CompareOrdinal(p.First.Id, p.Second.Id) > 0));
    }
}

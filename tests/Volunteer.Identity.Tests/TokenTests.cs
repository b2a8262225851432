using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Oidc;
using Volunteer.Identity.Tests.Support;

namespace Volunteer.Identity.Tests;

[Collection(SharedIdentity.Name)]
public sealed class TokenTests(SharedIdentityHost host)
{
    [Fact]
    public async Task A_service_client_gets_a_signed_token_with_its_grant_that_the_services_accept()
    {
        var answer = await host.TokenEndpoint.ClientCredentialsAsync("volunteer-operator", IdentityHost.OperatorSecret);
        var token = answer.GetProperty("access_token").GetString()!;
        var payload = Jwt.Payload(token);

        Assert.Equal(["provincial-admin"], Jwt.Grants(token));
        Assert.Equal("volunteer-operator", payload.GetProperty("sub").GetString());
        Assert.Equal(host.Issuer.ToString(), payload.GetProperty("iss").GetString());
        Assert.Equal(PlatformClaims.ApiAudience, payload.GetProperty("aud").GetString());
        var lifetime = payload.GetProperty("exp").GetInt64() - payload.GetProperty("nbf").GetInt64();
        Assert.InRange(lifetime, 1, 30 * 60);
        Assert.True(payload.TryGetProperty("iat", out _));
        var info = await host.Identity.GetServiceInfoAsync(new GetServiceInfoRequest(),
            new Metadata { { "authorization", $"Bearer {token}" } });
        Assert.Equal("provincial-admin", info.Info.Caller.Role);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var answer = await host.TokenEndpoint.ClientCredentialsAsync("volunteer-operator", "not-the-secret");

        Assert.Equal("invalid_client", answer.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_grant_is_gone_from_the_next_token_and_a_locked_account_cannot_refresh()
    {
        var world = await host.WorldAsync();
        var account = await world.AccountAsync(world.Guangzhou,
            (PlatformRoles.Volunteer, world.Guangzhou), (PlatformRoles.ReportViewer, world.Guangzhou));
        var flow = host.ConsoleSignIn();
        var first = await flow.SignInAsync(account.UserName, IdentityWorld.Password);
        Assert.Contains($"report-viewer:{world.Guangzhou.Id}",
            Jwt.Grants(first.GetProperty("access_token").GetString()!));
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var viewer = account.Grants.Single(g => g.Role == PlatformRoles.ReportViewer);
        await host.Identity.RevokeRoleAsync(
            new RevokeRoleRequest { AccountId = account.Id, GrantId = viewer.Id }, admin);

        var refreshed = await flow.RefreshAsync(first.GetProperty("refresh_token").GetString()!);

        Assert.Equal([$"volunteer:{world.Guangzhou.Id}"],
            Jwt.Grants(refreshed.GetProperty("access_token").GetString()!));
        await host.Identity.LockAccountAsync(new LockAccountRequest { AccountId = account.Id }, admin);
        var refused = await flow.RefreshAsync(refreshed.GetProperty("refresh_token").GetString()!);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Ended_tokens_are_pruned_a_day_after_issue_and_a_living_session_still_refreshes()
    {
        var world = await host.WorldAsync();
        var account = await world.AccountAsync(world.Guangzhou, (PlatformRoles.Volunteer, world.Guangzhou));
        var flow = host.ConsoleSignIn();
        var first = await flow.SignInAsync(account.UserName, IdentityWorld.Password);
        var second = await flow.RefreshAsync(first.GetProperty("refresh_token").GetString()!);
        using var scope = host.Services.CreateScope();
        var pruning = scope.ServiceProvider.GetRequiredService<EndedTokenPruning>();

        var (today, _) = await pruning.PruneAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        var (dayAfterTomorrow, _) = await pruning.PruneAsync(DateTimeOffset.UtcNow.AddDays(2), CancellationToken.None);
        var third = await flow.RefreshAsync(second.GetProperty("refresh_token").GetString()!);

        Assert.Equal(0, today);
        Assert.True(dayAfterTomorrow > 0, "the redeemed code and refresh token were kept");
        Assert.True(third.TryGetProperty("access_token", out _), third.ToString());
    }
}

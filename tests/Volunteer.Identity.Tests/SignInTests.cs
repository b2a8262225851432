using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;
using Volunteer.Identity.Tests.Support;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests;

[Collection(SharedIdentity.Name)]
public sealed class SignInTests(SharedIdentityHost host)
{
    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_even_against_the_right_one()
    {
        var world = await host.WorldAsync();
        var account = await world.AccountAsync(world.Guangzhou, (PlatformRoles.Volunteer, world.Guangzhou));
        using var pages = new PageClient(host.Issuer);
        await pages.GetAsync(host.ConsoleSignIn().AuthorizePath);
        for (var i = 0; i < 4; i++)
        {
            await pages.SignInAsync(account.UserName, "Wrong-password-1");
            Assert.Contains("用户名或密码不正确", pages.Html);
        }

        await pages.SignInAsync(account.UserName, "Wrong-password-1");
        Assert.Contains("账号已暂时锁定", pages.Html);
        await pages.SignInAsync(account.UserName, IdentityWorld.Password);

        Assert.Contains("账号已暂时锁定", pages.Html);
        Assert.Equal("/sign-in", pages.Location.AbsolutePath);
        var kinds = await AuditKindsAsync(account.Id);
        Assert.Equal(4, kinds.Count(k => k == AuditKind.SignInFailed));
        Assert.Equal(2, kinds.Count(k => k == AuditKind.SignInLockedOut));
        Assert.DoesNotContain(AuditKind.SignInSucceeded, kinds);
    }

    [Fact]
    public async Task An_admin_enrols_an_authenticator_at_first_sign_in_and_needs_a_code_from_then_on()
    {
        var world = await host.WorldAsync();
        var admin = await world.AccountAsync(world.Guangzhou, (PlatformRoles.UnionAdmin, world.Guangzhou));
        var flow = host.ConsoleSignIn();
        using var first = new PageClient(host.Issuer);
        await first.GetAsync(flow.AuthorizePath);
        await first.SignInAsync(admin.UserName, IdentityWorld.Password);

        Assert.Equal("/enrol", first.Location.AbsolutePath);
        var key = first.Text("authenticator-key");
        Assert.StartsWith("otpauth://totp/", first.Text("authenticator-uri"));
        await first.PostAsync(new() { ["Code"] = WrongCode(key) });
        Assert.Contains("验证码不正确", first.Html);
        await first.PostAsync(new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.StartsWith(IdentityHost.ConsoleRedirectUri, first.Location.ToString());

        using var second = new PageClient(host.Issuer);
        await second.GetAsync(flow.AuthorizePath);
        await second.SignInAsync(admin.UserName, IdentityWorld.Password);
        Assert.Equal("/second-factor", second.Location.AbsolutePath);
        await second.PostAsync(new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var tokens = await flow.ExchangeAsync(CodeFlow.CodeOf(second.Location));
        Assert.Contains($"union-admin:{world.Guangzhou.Id}",
            Jwt.Grants(tokens.GetProperty("access_token").GetString()!));

        var kinds = await AuditKindsAsync(admin.Id);
        Assert.Contains(AuditKind.SecondFactorFailed, kinds);
        Assert.Contains(AuditKind.SecondFactorEnrolled, kinds);
        Assert.Equal(2, kinds.Count(k => k == AuditKind.SignInSucceeded));
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_the_lock_out()
    {
        var world = await host.WorldAsync();
        var admin = await world.AccountAsync(world.Shenzhen, (PlatformRoles.UnionAdmin, world.Shenzhen));
        var flow = host.ConsoleSignIn();
        using var enrolment = new PageClient(host.Issuer);
        await enrolment.GetAsync(flow.AuthorizePath);
        await enrolment.SignInAsync(admin.UserName, IdentityWorld.Password);
        var key = enrolment.Text("authenticator-key");
        await enrolment.PostAsync(new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        using var pages = new PageClient(host.Issuer);
        await pages.GetAsync(flow.AuthorizePath);
        await pages.SignInAsync(admin.UserName, IdentityWorld.Password);

        for (var i = 0; i < 5; i++)
        {
            await pages.PostAsync(new() { ["Code"] = WrongCode(key) });
        }

        Assert.Equal("/sign-in", pages.Location.AbsolutePath);
        Assert.Contains("账号已暂时锁定", pages.Html);
        await pages.SignInAsync(admin.UserName, IdentityWorld.Password);
        Assert.Contains("账号已暂时锁定", pages.Html);
        var kinds = await AuditKindsAsync(admin.Id);
        Assert.Equal(4, kinds.Count(k => k == AuditKind.SecondFactorFailed));
        Assert.Equal(2, kinds.Count(k => k == AuditKind.SignInLockedOut));
    }

    private static string WrongCode(string key) =>
        ((int.Parse(Totp.Code(key, DateTimeOffset.UtcNow)) + 500_000) % 1_000_000).ToString("D6");

    private async Task<List<AuditKind>> AuditKindsAsync(string accountId)
    {
        using var scope = host.Services.CreateScope();
        var id = Guid.Parse(accountId);
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AuditEntries
            .Where(e => e.AccountId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }
}

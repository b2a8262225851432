using Grpc.Core;
using Microsoft.Playwright;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Identity.Tests.Support;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests;

/// <summary>
/// The console's sign-in in a real browser: Chromium walks the Chinese pages, the redirect back to the
/// console is caught in the browser (no console runs), and the tokens work at roster.
/// </summary>
[Collection(SharedIdentity.Name)]
public sealed class BrowserSignInTests(SharedIdentityHost host)
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task An_admin_signs_in_with_pkce_enrols_an_authenticator_calls_roster_refreshes_and_signs_out()
    {
        var world = await host.WorldAsync();
        var admin = await world.AccountAsync(world.Guangzhou, (PlatformRoles.UnionAdmin, world.Guangzhou));
        var flow = host.ConsoleSignIn();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN" });
        var redirects = new List<Uri>();
        await page.RouteAsync("http://console.test/**", async route =>
        {
            redirects.Add(new Uri(route.Request.Url));
            await route.FulfillAsync(new() { ContentType = "text/html", Body = "<p>console</p>" });
        });

        await page.GotoAsync(new Uri(host.Issuer, flow.AuthorizePath).ToString());
        await ShootAsync(page, "1-sign-in");
        await page.GetByLabel("用户名").FillAsync(admin.UserName);
        await page.GetByLabel("密码").FillAsync(IdentityWorld.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/enrol**");
        await ShootAsync(page, "2-enrol");
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.GetByLabel("验证码").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "完成设置" }).ClickAsync();
        await page.WaitForURLAsync("http://console.test/**");

        var tokens = await flow.ExchangeAsync(CodeFlow.CodeOf(redirects.Single()));
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var union = await roster.GetUnionAsync(new GetUnionRequest { Id = world.Guangzhou.Id },
            new Metadata { { "authorization", $"Bearer {accessToken}" } });
        Assert.Equal("广州市教育工会", union.Union.Name);
        var refreshed = await flow.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(Jwt.Grants(accessToken), Jwt.Grants(refreshed.GetProperty("access_token").GetString()!));

        await page.GotoAsync(new Uri(host.Issuer, "/connect/logout").ToString());
        await page.WaitForURLAsync("**/signed-out");
        await ShootAsync(page, "3-signed-out");
        await page.GotoAsync(new Uri(host.Issuer, flow.AuthorizePath).ToString());
        await page.GetByLabel("用户名").FillAsync(admin.UserName);
        await page.GetByLabel("密码").FillAsync(IdentityWorld.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/second-factor**");
        await ShootAsync(page, "4-second-factor");
        await page.GotoAsync(new Uri(host.Issuer, "/sign-up").ToString());
        await ShootAsync(page, "5-sign-up");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
    }
}

using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Tests;
using Volunteer.Testing;
using Xunit.Abstractions;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>
/// A union office at work in the web console, in Chromium, on the demo campaign: the union admin signs in
/// (enrolling an authenticator), sees the union's progress, registers a volunteer with a bad phone number
/// and corrects it, watches a figure change when another client changes the roster, opens an activity
/// blocked for insurance and a digest; then the workflow pages (notifications, interest, editing,
/// nominations). A screenshot of each page is kept under the test output.
/// </summary>
[Collection(DemoPlatformCollection.Name)]
public sealed partial class ConsoleBrowserTests(DemoPlatformFixture platform, ITestOutputHelper output)
{
    private const string Password = "Demo-2018-Volunteer!";
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "console");
    private static readonly TimeSpan FigureLimit = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task A_union_office_works_through_every_page_with_a_volunteer_and_the_province()
    {
        // The pages wait on services that share two cores with the rest of the platform.
        Assertions.SetDefaultExpectTimeout(20_000);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium" });
        var page = await NewPageAsync(browser);

        await SignInAsync(page, "demo-union-admin", enrols: true);
        var union = await page.GetByTestId("caller-unions").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(union));
        await Expect(page.GetByTestId("progress-teams")).Not.ToHaveTextAsync("—");
        await ShootAsync(page, "2-progress");

        var before = await Figure(page, "审核通过的队员");
        await AddVettedMemberAsync();
        await Expect(page.GetByTestId("figures-live").Locator("dd").Nth(1))
            .Not.ToHaveTextAsync(before, new() { Timeout = (float)FigureLimit.TotalMilliseconds });
        await ShootAsync(page, "3-progress-changed");

        await page.GotoAsync("/#/volunteers");
        var form = page.GetByTestId("volunteer-form");
        var idNumber = TestIdNumbers.Make("440106", new DateOnly(1986, 5, 20), male: false);
        await form.Locator("[name=name]").FillAsync("周晓梅");
        await form.Locator("[name=idNumber]").FillAsync(idNumber);
        await form.Locator("[name=gender]").SelectOptionAsync("女");
        await form.Locator("[name=birthDate]").FillAsync("1986-05-20");
        await form.Locator("[name=phone]").FillAsync("12345");
        await form.Locator("[name=consent]").CheckAsync();
        await form.Locator("[name=sensitiveDataConsent]").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByTestId("error-phone")).Not.ToBeEmptyAsync();
        await ShootAsync(page, "4-volunteer-bad-phone");
        await form.Locator("[name=phone]").FillAsync("13922334455");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记");
        await Expect(page.GetByTestId("error-phone")).ToBeEmptyAsync();
        await ShootAsync(page, "5-volunteer-registered");

        await page.GotoAsync("/#/activities");
        var blocked = page.GetByTestId("activity-status-blocked").GetByRole(AriaRole.Link);
        await Expect(blocked.First).ToBeVisibleAsync();
        await ShootAsync(page, "6-activity-board");
        await blocked.First.ClickAsync();
        await Expect(page.Locator("[data-testid=blocked-reason][data-code=UNINSURED]").First).ToBeVisibleAsync();
        await ShootAsync(page, "7-activity-blocked");

        await page.GotoAsync("/#/digests");
        await page.GetByTestId("digest-list").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByTestId("digest-frame")).ToBeVisibleAsync();
        await ShootAsync(page, "8-digest");

        var activityId = await VolunteerHearsOfAnActivityAndOffersToHelpAsync(browser);
        await AdminSeesInterestAndEditsAsync(page, activityId);
        var nominated = await AdminNominatesAsync(page);
        await ProvinceDecidesAndPublishesAsync(browser, nominated);
    }

    /// <param name="enrols">Admins enrol an authenticator at their first sign-in; others go in at once.</param>
    private async Task SignInAsync(IPage page, string userName, bool enrols)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("sign-in").ClickAsync();
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await ShootAsync(page, $"1-sign-in-{userName}");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        if (!enrols)
        {
            await Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            return;
        }

        // On failure Playwright names the address the browser is at instead (a refusal shows on the sign-in page).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enrol"), new() { Timeout = 60_000 });
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.GetByLabel("验证码").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "完成设置" }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToBeVisibleAsync();
    }

    /// <summary>Another client's change: a new volunteer, approved, joins an active team of the union.</summary>
    private async Task AddVettedMemberAsync()
    {
        var identity = new IdentityService.IdentityServiceClient(platform.CreateChannel("identity"));
        var account = (await identity.ListAccountsAsync(new ListAccountsRequest { Text = "demo-union-admin" },
            platform.BearerToken(PlatformRoles.ProvincialAdmin))).Accounts.Single();
        var roster = new RosterService.RosterServiceClient(platform.CreateChannel("roster"));
        var admin = platform.BearerToken(PlatformRoles.UnionAdmin, account.HomeUnionId, "another-client");
        var team = (await roster.ListTeamsAsync(new ListTeamsRequest { UnionSubtreeOf = account.HomeUnionId }, admin))
            .Teams.First(t => t.Status == TeamStatus.Active);
        var birthDate = new DateOnly(1990, 1, 9);
        var volunteer = (await roster.RegisterStaffVolunteerAsync(new RegisterStaffVolunteerRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = account.HomeUnionId, Name = "郑伟",
            IdType = IdDocumentType.ResidentIdCard, IdNumber = TestIdNumbers.Make("440104", birthDate, male: true),
            Gender = Gender.Male, BirthDate = birthDate.ToString("yyyy-MM-dd"), Phone = "13800138000",
            ParticipationConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), TextVersion = "2018-1",
            },
            SensitiveDataConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), TextVersion = "2018-1",
            },
        }, admin)).Volunteer;
        await roster.VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = volunteer.Id, Decision = VettingState.Approved }, admin);
        await roster.AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = team.Id, VolunteerId = volunteer.Id, Role = TeamRole.Volunteer, JoinedOn = "2018-06-01",
        }, admin);
    }

    private static async Task<string> Figure(IPage page, string label)
    {
        var figures = page.GetByTestId("figures-live");
        await Expect(figures.GetByTestId("figures-updated")).Not.ToHaveTextAsync("等待数据…");
        return await figures.Locator($"dt:text-is('{label}') + dd").InnerTextAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
    }
}

using Microsoft.Playwright;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>Commendation: the union admin nominates a ranked candidate, the province approves and publishes.</summary>
public sealed partial class ConsoleBrowserTests
{
    /// <returns>The team or volunteer nominated.</returns>
    private async Task<string> AdminNominatesAsync(IPage page)
    {
        await page.GotoAsync("/#/nominations");
        await ChooseYearAsync(page, "2018");
        await Expect(page.GetByTestId("criteria").Locator("li").First).ToBeVisibleAsync();
        var candidate = page.GetByTestId("candidates").Locator("tbody tr").First;
        var subjectId = await candidate.GetAttributeAsync("data-candidate-id") ?? "";
        await candidate.GetByRole(AriaRole.Button, new() { Name = "提名" }).ClickAsync();
        // Nominating ranks the year's candidates again, while reporting still projects the demo's events.
        await Expect(candidate.GetByRole(AriaRole.Status))
            .ToHaveTextAsync("已提名", new() { Timeout = (float)FigureLimit.TotalMilliseconds });
        await Expect(NominationRow(page, subjectId)).ToHaveAttributeAsync("data-status", "NOMINATED");
        await ShootAsync(page, "13-nominated");
        return subjectId;
    }

    private async Task ProvinceDecidesAndPublishesAsync(IBrowser browser, string subjectId)
    {
        var page = await NewPageAsync(browser);
        await SignInAsync(page, "demo-province", enrols: true);
        await page.GotoAsync("/#/nominations");
        await ChooseYearAsync(page, "2018");
        // Exact: "不批准" contains "批准".
        var approve = new LocatorGetByRoleOptions { Name = "批准", Exact = true };
        await NominationRow(page, subjectId).GetByRole(AriaRole.Button, approve).ClickAsync();
        await Expect(NominationRow(page, subjectId)).ToHaveAttributeAsync("data-status", "APPROVED");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布已批准的表彰" }).ClickAsync();
        await Expect(page.GetByTestId("publish-result")).ToContainTextAsync("已发布");
        await Expect(NominationRow(page, subjectId)).ToHaveAttributeAsync("data-status", "PUBLISHED");
        await ShootAsync(page, "14-published");
    }

    /// <summary>
    /// As a person does: types the year and leaves the field, when the browser reports the change. A change
    /// event sent by the test instead would leave the browser to report its own when the 提名 button is
    /// pressed, and the page drawn again for it would take the button away before the click lands.
    /// </summary>
    private static async Task ChooseYearAsync(IPage page, string year)
    {
        await page.Locator("[name=year]").FillAsync(year);
        await page.Locator("[name=year]").BlurAsync();
    }

    private static ILocator NominationRow(IPage page, string subjectId) =>
        page.GetByTestId("nomination-list").Locator($"tr[data-subject-id='{subjectId}']").First;
}

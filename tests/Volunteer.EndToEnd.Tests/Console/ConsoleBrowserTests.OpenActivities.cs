using Microsoft.Playwright;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>可报名的活动: the volunteer finds the activity among those open to them, with their own interest.</summary>
public sealed partial class ConsoleBrowserTests
{
    private async Task VolunteerFindsTheActivityOpenAsync(IPage page, string activityId)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "可报名的活动" }).ClickAsync();
        var card = page.Locator($"[data-testid=open-activity][data-activity-id='{activityId}']");
        await Expect(card.GetByTestId("interest-state")).ToContainTextAsync("已表达参加意向");
        await Expect(card.GetByTestId("participation")).ToContainTextAsync("已在参与人名单中");
        await ShootAsync(page, "10-open-activities");
        await card.GetByRole(AriaRole.Button, new() { Name = "撤回意向" }).ClickAsync();
        await Expect(card.GetByTestId("interest-state")).ToContainTextAsync("已撤回参加意向");
        await card.GetByRole(AriaRole.Button, new() { Name = "我想参加" }).ClickAsync();
        await Expect(card.GetByTestId("interest-state")).ToContainTextAsync("已表达参加意向");
    }
}

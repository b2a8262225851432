using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using ActivityV1 = Volunteer.Contracts.Activity.V1;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>
/// The campaign's workflow pages, each person in a browser context of their own: the volunteer is told live
/// that their team is proposed for a new activity and says they would like to take part; the union admin
/// sees that and edits the activity, first losing to another client's change, then after reloading.
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    private const string InterestNote = "可承担小学数学送教";

    /// <returns>The activity the other client planned for the volunteer's team.</returns>
    private async Task<string> VolunteerHearsOfAnActivityAndOffersToHelpAsync(IBrowser browser)
    {
        var page = await NewPageAsync(browser);
        await SignInAsync(page, "demo-volunteer", enrols: false);
        var bell = page.GetByTestId("notification-bell");
        await Expect(bell).ToHaveAttributeAsync("data-state", "live");
        var before = await page.GetByTestId("unread-count").InnerTextAsync();

        var activityId = await PlanForTheVolunteersTeamAsync();
        await Expect(page.GetByTestId("unread-count")).Not.ToHaveTextAsync(before, new() { Timeout = 60_000 });
        await bell.ClickAsync();
        var notification = page.Locator($"[data-testid=notification-list] li[data-kind=ACTIVITY_PROPOSED]").First;
        await Expect(notification).ToContainTextAsync("拟派参加活动");
        await ShootAsync(page, "9-notifications");

        await notification.GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        var interest = page.GetByTestId("interest-form");
        await interest.Locator("[name=note]").FillAsync(InterestNote);
        await interest.GetByRole(AriaRole.Button, new() { Name = "我想参加" }).ClickAsync();
        await Expect(page.GetByTestId("interest-state")).ToContainTextAsync("已表达参加意向");
        await ShootAsync(page, "10-interest");
        return activityId;
    }

    private async Task AdminSeesInterestAndEditsAsync(IPage page, string activityId)
    {
        await page.GotoAsync($"/#/activities/{activityId}");
        await Expect(page.GetByTestId("interest-list")).ToContainTextAsync(InterestNote);
        await page.GetByTestId("activity-edit").Locator("summary").ClickAsync();
        await ChangeByAnotherClientAsync(activityId);
        var form = page.GetByTestId("edit-form");
        await form.Locator("[name=place]").FillAsync("连州市西岸镇中心小学");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        await Expect(page.GetByTestId("edit-stale")).ToBeVisibleAsync();
        await ShootAsync(page, "11-edit-stale");

        await page.GetByTestId("edit-stale").GetByRole(AriaRole.Button, new() { Name = "重新加载" }).ClickAsync();
        await page.GetByTestId("activity-edit").Locator("summary").ClickAsync();
        await form.Locator("[name=place]").FillAsync("连州市西岸镇中心小学");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        await Expect(page.GetByTestId("edit-result")).ToContainTextAsync("已保存");
        await Expect(page.GetByTestId("edit-history")).ToContainTextAsync("连州市西岸镇中心小学");
        await ShootAsync(page, "12-edited");
    }

    /// <summary>Another client plans a draft like one of the volunteer's past activities, for the same teams.</summary>
    private async Task<string> PlanForTheVolunteersTeamAsync()
    {
        var volunteer = await AccountAsync("demo-volunteer");
        var activity = new ActivityV1.ActivityService.ActivityServiceClient(platform.CreateChannel("activity"));
        var admin = platform.BearerToken(PlatformRoles.UnionAdmin, volunteer.HomeUnionId, "another-client");
        var past = (await activity.ListActivitiesAsync(
                new ActivityV1.ListActivitiesRequest { UnionSubtreeOf = volunteer.HomeUnionId, PageSize = 500 }, admin))
            .Activities.First(a => a.Participants.Any(p => p.VolunteerId == volunteer.VolunteerId));
        var draft = (await activity.PlanActivityAsync(new ActivityV1.PlanActivityRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = past.UnionId, Name = $"{past.Name}（续）",
            Form = past.Form, Domain = past.Domain, Mode = past.Mode, SiteId = past.SiteId, TeamIds = { past.TeamIds },
            StartsOn = past.StartsOn, EndsOn = past.EndsOn, Place = past.Place, RegionCode = past.RegionCode,
            LeaderName = past.LeaderName, Content = past.Content, RiskStatement = past.RiskStatement,
            Budget = past.Budget, OutsideWindowReason = past.OutsideWindowReason,
            ModeExceptionReason = past.ModeExceptionReason,
        }, admin)).Activity;
        return draft.Id;
    }

    private async Task ChangeByAnotherClientAsync(string activityId)
    {
        var activity = new ActivityV1.ActivityService.ActivityServiceClient(platform.CreateChannel("activity"));
        var unionId = (await AccountAsync("demo-union-admin")).HomeUnionId;
        await activity.UpdateActivityAsync(new ActivityV1.UpdateActivityRequest
        {
            Id = activityId, Activity = new() { LeaderName = "何志强" },
            UpdateMask = new FieldMask { Paths = { "leader_name" } },
        }, platform.BearerToken(PlatformRoles.UnionAdmin, unionId, "another-client"));
    }

    private async Task<Account> AccountAsync(string userName)
    {
        var identity = new IdentityService.IdentityServiceClient(platform.CreateChannel("identity"));
        return (await identity.ListAccountsAsync(new ListAccountsRequest { Text = userName },
            platform.BearerToken(PlatformRoles.ProvincialAdmin))).Accounts.Single(a => a.UserName == userName);
    }

    private async Task<IPage> NewPageAsync(IBrowser browser) =>
        await browser.NewPageAsync(new() { Locale = "zh-CN", BaseURL = platform.Console.ToString() });
}

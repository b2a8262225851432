using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Playwright;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Roster.V1;
using ActivityV1 = Volunteer.Contracts.Activity.V1;

namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>
/// The campaign's workflow pages, each person in a browser context of their own: the volunteer is told live
/// that their team is proposed for a new activity and says they would like to take part; the union admin
/// sees that and edits the activity (place and budget), first losing to another client's change, then after
/// reloading.
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    private const string InterestNote = "可承担小学数学送教";
    private const string Budget = "4321.00";

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
        await VolunteerFindsTheActivityOpenAsync(page, activityId);
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
        await form.Locator("[name='budget.amount']").FillAsync(Budget);
        await form.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        await Expect(page.GetByTestId("edit-result")).ToContainTextAsync("已保存");
        var history = page.GetByTestId("edit-history");
        await Expect(history).ToContainTextAsync("连州市西岸镇中心小学");
        await Expect(history.Locator("li[data-path=budget]")).ToContainTextAsync("经费预算");
        await ShootAsync(page, "12-edited");
    }

    /// <summary>
    /// Another client plans a draft like one of the activities of the volunteer's team, for that team. Lists of
    /// teams and activities carry no members or participants, so each team of the union is read on its own. The
    /// site stays out: it may belong to a union above the volunteer's, outside this admin's reach.
    /// </summary>
    private async Task<string> PlanForTheVolunteersTeamAsync()
    {
        var volunteer = await AccountAsync("demo-volunteer");
        var admin = platform.BearerToken(PlatformRoles.UnionAdmin, volunteer.HomeUnionId, "another-client");
        var roster = new RosterService.RosterServiceClient(platform.CreateChannel("roster"));
        var team = await TeamOfAsync(roster, volunteer, admin);
        var activity = new ActivityV1.ActivityService.ActivityServiceClient(platform.CreateChannel("activity"));
        var past = (await activity.ListActivitiesAsync(
            new ActivityV1.ListActivitiesRequest { TeamId = team.Id, PageSize = 100 }, admin)).Activities.First();
        var draft = (await activity.PlanActivityAsync(new ActivityV1.PlanActivityRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = past.UnionId, Name = $"{past.Name}（续）",
            Form = past.Form, Domain = past.Domain, Mode = past.Mode, TeamIds = { team.Id },
            StartsOn = past.StartsOn, EndsOn = past.EndsOn, DepartsOn = past.DepartsOn, ReturnsOn = past.ReturnsOn,
            MeetingDays = { past.MeetingDays }, Place = past.Place, RegionCode = past.RegionCode,
            LeaderName = past.LeaderName, Content = past.Content, RiskStatement = past.RiskStatement,
            Budget = past.Budget, OutsideWindowReason = past.OutsideWindowReason,
            ModeExceptionReason = past.ModeExceptionReason,
        }, admin)).Activity;
        return draft.Id;
    }

    private static async Task<Team> TeamOfAsync(
        RosterService.RosterServiceClient roster, Account volunteer, Metadata admin)
    {
        var teams = await roster.ListTeamsAsync(new ListTeamsRequest
        {
            UnionSubtreeOf = volunteer.HomeUnionId, Status = TeamStatus.Active, PageSize = 500,
        }, admin);
        foreach (var listed in teams.Teams)
        {
            var team = (await roster.GetTeamAsync(new GetTeamRequest { Id = listed.Id }, admin)).Team;
            if (team.Members.Any(m => m.VolunteerId == volunteer.VolunteerId))
            {
                return team;
            }
        }

        throw new InvalidOperationException("The demo volunteer is a member of no active team of their union.");
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

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN", BaseURL = platform.Console.ToString() });
        // What went wrong inside the browser goes to the test's output, so that a failed step can be explained.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                output.WriteLine($"browser {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.RequestFailed += (_, request) => output.WriteLine($"request failed: {request.Url} {request.Failure}");
        return page;
    }
}

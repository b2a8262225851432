using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Data;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// A plan's emergency-contact phones go in full only to those responsible for the activity (the organiser's
/// admins and safety officers, the province, its teams' captains), and every reveal is audited and listed;
/// callers out of reach learn nothing and leave no audit.
/// </summary>
public sealed class PlanContactRevealTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private const string Reason = "领队在山路上失联，需联系乡卫生院";
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task Those_responsible_see_the_full_phone_and_each_reveal_is_audited_and_listed()
    {
        var (city, activity, captain) = await PlannedActivityAsync();
        var callers = new (Metadata Token, string Role)[]
        {
            (_data.Captain(city, captain), PlatformRoles.TeamCaptain),
            (_data.Officer(city), PlatformRoles.SafetyOfficer),
            (_data.UnionAdmin(city), PlatformRoles.UnionAdmin),
            (_data.Province, PlatformRoles.ProvincialAdmin),
        };

        foreach (var (token, _) in callers)
        {
            var contact = Assert.Single((await RevealAsync(activity, token)).Contacts);
            Assert.Equal(("陈院长", "乡卫生院院长", "13812345678"), (contact.Name, contact.Role, contact.Phone));
        }

        var listed = await _data.Client().ListPlanContactRevealsAsync(
            new ListPlanContactRevealsRequest { ActivityId = activity.ToString(), PageSize = 3 }, _data.Officer(city));
        var rest = await _data.Client().ListPlanContactRevealsAsync(new ListPlanContactRevealsRequest
        {
            ActivityId = activity.ToString(), PageToken = listed.NextPageToken,
        }, _data.UnionAdmin(city));
        var reveals = listed.Reveals.Concat(rest.Reveals).ToList();
        Assert.Equal(callers.Select(c => c.Role), reveals.Select(r => r.ActorRole));
        Assert.Equal(captain.ToString(), reveals[0].ActorSubject);
        Assert.All(reveals, r => Assert.Equal((city.ToString(), Reason, 1), (r.UnionId, r.Reason, r.PhoneCount)));
        Assert.Equal("", rest.NextPageToken);
    }

    [Fact]
    public async Task Contacts_saved_before_phones_come_back_without_one_and_are_not_counted()
    {
        var (city, activity, _) = await PlannedActivityAsync();
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SafetyDbContext>();
            var stored = await db.Plans.SingleAsync(p => p.ActivityId == activity);
            stored.EmergencyContacts = [new() { Name = "陈院长", Role = "乡卫生院院长" }];
            return await db.SaveChangesAsync();
        });

        var contact = Assert.Single((await RevealAsync(activity, _data.Officer(city))).Contacts);

        Assert.Equal("", contact.Phone);
        Assert.Equal(0, Assert.Single(await AuditedAsync(activity)).PhoneCount);
    }

    [Fact]
    public async Task Callers_out_of_reach_learn_nothing_and_leave_no_audit()
    {
        var (_, activity, _) = await PlannedActivityAsync();
        var other = await _data.CityAsync();
        var (_, otherCaptain) = await _data.CaptainedTeamAsync(other);
        var refused = new (Metadata Token, StatusCode Code)[]
        {
            (_data.UnionAdmin(other), StatusCode.NotFound),
            (_data.Officer(other), StatusCode.NotFound),
            (_data.Captain(other, otherCaptain), StatusCode.NotFound),
            (host.BearerToken(PlatformRoles.Volunteer, other.ToString(), otherCaptain.ToString()),
                StatusCode.PermissionDenied),
            (host.BearerToken(PlatformRoles.ReportViewer, other.ToString()), StatusCode.PermissionDenied),
        };

        foreach (var (token, code) in refused)
        {
            var error = await RpcAssert.FailsAsync(code, () => RevealAsync(activity, token));
            Assert.DoesNotContain("12345678", error.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(await AuditedAsync(activity));
    }

    /// <summary>An activity starting today, of a team the returned captain leads, with a saved plan.</summary>
    private async Task<(Guid City, Guid Activity, Guid Captain)> PlannedActivityAsync()
    {
        var city = await _data.CityAsync();
        var (team, captain) = await _data.CaptainedTeamAsync(city);
        return (city, await PlanReveal.PlannedActivityAsync(_data, city, startsIn: 0, teams: [team]), captain);
    }

    private Task<RevealPlanContactPhonesResponse> RevealAsync(Guid activity, Metadata token) =>
        PlanReveal.RevealAsync(_data, activity, Reason, token);

    private Task<List<PlanContactReveal>> AuditedAsync(Guid activity) => PlanReveal.AuditedAsync(_data, activity);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Identity.Data;
using Volunteer.Identity.Tests.Support;
using Volunteer.Roster.Tests;

namespace Volunteer.Identity.Tests;

[Collection(SharedIdentity.Name)]
public sealed class SignUpTests(SharedIdentityHost host)
{
    private static readonly DateOnly BirthDate = new(1985, 3, 14);

    [Fact]
    public async Task Signing_up_registers_a_volunteer_pending_vetting_and_links_the_account()
    {
        var world = await host.WorldAsync();
        var userName = $"138{Random.Shared.Next(10_000_000, 99_999_999)}";
        using var pages = new PageClient(host.Issuer);
        await pages.GetAsync("/sign-up");

        await pages.PostAsync(Form(world, userName, TestIdNumbers.Make("440100", BirthDate, male: true)));

        Assert.Equal("/signed-in", pages.Location.AbsolutePath);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var account = await db.Users.SingleAsync(a => a.UserName == userName);
        Assert.NotNull(account.VolunteerId);
        var grant = await db.Grants.SingleAsync(g => g.AccountId == account.Id);
        Assert.Equal(new RoleGrant(PlatformRoles.Volunteer, Guid.Parse(world.Guangzhou.Id)), grant.ToRoleGrant());
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var provincial = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var volunteer = (await roster.GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = account.VolunteerId.ToString() }, provincial)).Volunteer;
        Assert.Equal(VettingState.Pending, volunteer.Vetting.State);
        Assert.Equal(world.Guangzhou.Id, volunteer.UnionId);
    }

    [Fact]
    public async Task A_refusal_by_roster_shows_next_to_the_field_and_leaves_no_account()
    {
        var world = await host.WorldAsync();
        var userName = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        using var pages = new PageClient(host.Issuer);
        await pages.GetAsync("/sign-up");

        await pages.PostAsync(Form(world, userName, "440100198503140000"));

        Assert.Equal("/sign-up", pages.Location.AbsolutePath);
        Assert.Contains("证件号码不正确", pages.Text("id-number-error"));
        Assert.False(await AccountExistsAsync(userName));
    }

    [Fact]
    public async Task Without_the_separate_sensitive_data_consent_the_page_says_why_and_creates_no_account()
    {
        var world = await host.WorldAsync();
        var userName = $"137{Random.Shared.Next(10_000_000, 99_999_999)}";
        using var pages = new PageClient(host.Issuer);
        await pages.GetAsync("/sign-up");
        var form = Form(world, userName, TestIdNumbers.Make("440100", BirthDate, male: true));
        form.Remove("Form.SensitiveDataConsent");

        await pages.PostAsync(form);

        Assert.Equal("/sign-up", pages.Location.AbsolutePath);
        Assert.Contains("单独同意处理敏感个人信息", pages.Text("sensitive-consent-error"));
        Assert.False(await AccountExistsAsync(userName));
    }

    private async Task<bool> AccountExistsAsync(string userName)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users
            .AnyAsync(a => a.UserName == userName);
    }

    private static Dictionary<string, string> Form(IdentityWorld world, string userName, string idNumber) => new()
    {
        ["Form.Name"] = "陈志远", ["Form.IdType"] = "ResidentIdCard", ["Form.IdNumber"] = idNumber,
        ["Form.Gender"] = (idNumber[16] - '0') % 2 == 1 ? "Male" : "Female",
        ["Form.BirthDate"] = BirthDate.ToString("yyyy-MM-dd"),
        ["Form.Phone"] = userName, ["Form.UnionId"] = world.Guangzhou.Id, ["Form.UserName"] = userName,
        ["Form.Password"] = IdentityWorld.Password, ["Form.ConfirmPassword"] = IdentityWorld.Password,
        ["Form.Consent"] = "true", ["Form.SensitiveDataConsent"] = "true",
    };
}

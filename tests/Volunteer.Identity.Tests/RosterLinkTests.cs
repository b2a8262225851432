using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Identity.Data;
using Volunteer.Identity.Tests.Support;
using Volunteer.Roster.Tests;
using Volunteer.Testing;

namespace Volunteer.Identity.Tests;

/// <summary>Grants and links that name roster's teams and volunteers stay within the union that owns them.</summary>
[Collection(SharedIdentity.Name)]
public sealed class RosterLinkTests(SharedIdentityHost host)
{
    [Fact]
    public async Task A_captain_grant_names_a_team_of_the_granted_union_within_the_admins_reach()
    {
        var world = await host.WorldAsync();
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var provincial = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var team = (await roster.CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = world.Shenzhen.Id, Name = "深圳市送教分队",
            Specialty = TeamSpecialty.Education,
        }, provincial)).Team;
        await KnownAsync(db => db.Teams.AnyAsync(t => t.Id == Guid.Parse(team.Id)));
        var account = await world.AccountAsync(world.Guangzhou);
        var guangzhouAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);

        var outOfReach = await Assert.ThrowsAsync<RpcException>(() => host.Identity.GrantRoleAsync(new GrantRoleRequest
        {
            AccountId = account.Id, Role = PlatformRoles.TeamCaptain, UnionId = world.Guangzhou.Id, TeamId = team.Id,
        }, guangzhouAdmin).ResponseAsync);
        var otherUnion = await Assert.ThrowsAsync<RpcException>(() => host.Identity.GrantRoleAsync(new GrantRoleRequest
        {
            AccountId = account.Id, Role = PlatformRoles.TeamCaptain, UnionId = world.Guangzhou.Id, TeamId = team.Id,
        }, provincial).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, outOfReach.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, otherUnion.StatusCode);
    }

    [Fact]
    public async Task An_account_links_only_to_a_volunteer_of_its_home_union()
    {
        var world = await host.WorldAsync();
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var provincial = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var birth = new DateOnly(1990, 6, 1);
        var idNumber = TestIdNumbers.Make("440300", birth, male: false);
        var volunteer = (await roster.RegisterStaffVolunteerAsync(new RegisterStaffVolunteerRequest
        {
            RequestId = idNumber, UnionId = world.Shenzhen.Id, Name = "林晓华", IdType = IdDocumentType.ResidentIdCard,
            IdNumber = idNumber, Gender = Gender.Female, BirthDate = birth.ToString("yyyy-MM-dd"),
            Phone = "13912345678",
            ParticipationConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
                TextVersion = "2018-1",
            },
            SensitiveDataConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
                TextVersion = "2018-1",
            },
        }, provincial)).Volunteer;
        await KnownAsync(db => db.Volunteers.AnyAsync(v => v.Id == Guid.Parse(volunteer.Id)));
        CreateAccountRequest Linking(Union home) => new()
        {
            RequestId = Guid.NewGuid().ToString(), UserName = $"linked-{Guid.NewGuid().ToString("N")[..8]}",
            DisplayName = "林晓华", HomeUnionId = home.Id, VolunteerId = volunteer.Id,
        };

        var otherUnion = await Assert.ThrowsAsync<RpcException>(() =>
            host.Identity.CreateAccountAsync(Linking(world.Guangzhou), provincial).ResponseAsync);
        var guangzhouAdmin = await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Guangzhou.Id);
        var outOfReach = await Assert.ThrowsAsync<RpcException>(() =>
            host.Identity.CreateAccountAsync(Linking(world.Guangzhou), guangzhouAdmin).ResponseAsync);
        var linked = await host.Identity.CreateAccountAsync(Linking(world.Shenzhen),
            await host.TokenEndpoint.BearerAsync(PlatformRoles.UnionAdmin, world.Shenzhen.Id));

        Assert.Equal(StatusCode.FailedPrecondition, otherUnion.StatusCode);
        Assert.Equal(StatusCode.NotFound, outOfReach.StatusCode);
        Assert.Equal(volunteer.Id, linked.Account.VolunteerId);
    }

    private async Task KnownAsync(Func<AccountsDbContext, Task<bool>> probe)
    {
        var known = await Eventually.GetAsync(async () =>
        {
            using var scope = host.Services.CreateScope();
            return await probe(scope.ServiceProvider.GetRequiredService<AccountsDbContext>());
        }, found => found);
        Assert.True(known, "Identity never learnt of roster's change.");
    }
}

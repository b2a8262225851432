using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Identity.Data;
using Volunteer.Roster.Tests;
using Volunteer.Testing;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// The province and two cities, made in roster and known to identity through roster's events, and the
/// accounts tests sign in with (each with a name of its own, since the host is shared).
/// </summary>
public sealed class IdentityWorld(IdentityHost host, Union province, Union guangzhou, Union shenzhen)
{
    public const string Password = "Tr0ub4dor&3x";
    private static int _accounts;

    public Union Province => province;

    public Union Guangzhou => guangzhou;

    public Union Shenzhen => shenzhen;

    public static async Task<IdentityWorld> BuildAsync(IdentityHost host)
    {
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var province = (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "province", Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会",
        }, admin)).Union;
        var guangzhou = await CityAsync("440100", "广州市教育工会");
        var shenzhen = await CityAsync("440300", "深圳市教育工会");
        var known = await Eventually.GetAsync(async () =>
        {
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Set<UnionNode>().CountAsync();
        }, count => count == 3);
        Assert.Equal(3, known);
        return new IdentityWorld(host, province, guangzhou, shenzhen);

        async Task<Union> CityAsync(string region, string name) => (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = $"city-{region}", ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = region,
            Name = name,
        }, admin)).Union;
    }

    /// <summary>A new account in the union with the grants given (role, union), made by a provincial admin.</summary>
    public async Task<Account> AccountAsync(Union home, params (string Role, Union? Union)[] grants)
    {
        var admin = await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin);
        var name = $"user{Interlocked.Increment(ref _accounts)}-{Guid.NewGuid().ToString("N")[..6]}";
        var account = (await host.Identity.CreateAccountAsync(new CreateAccountRequest
        {
            RequestId = name, UserName = name, DisplayName = "测试用户", HomeUnionId = home.Id, InitialPassword = Password,
        }, admin)).Account;
        foreach (var (role, union) in grants)
        {
            account = (await host.Identity.GrantRoleAsync(new GrantRoleRequest
            {
                AccountId = account.Id, Role = role, UnionId = union?.Id ?? "",
            }, admin)).Account;
        }

        return account;
    }

    /// <summary>A team of the union in roster, once identity has heard of it.</summary>
    public async Task<Guid> TeamAsync(Union union)
    {
        var team = (await Roster().CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = union.Id, Name = $"{union.Name}送教分队",
            Specialty = TeamSpecialty.Education,
        }, await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin))).Team;
        var id = Guid.Parse(team.Id);
        await KnownAsync(db => db.Teams.AnyAsync(t => t.Id == id));
        return id;
    }

    /// <summary>A volunteer of the union in roster, once identity has heard of them.</summary>
    public async Task<Guid> VolunteerAsync(Union union)
    {
        var birth = new DateOnly(1988, 3, 1 + Interlocked.Increment(ref _accounts) % 28);
        var idNumber = TestIdNumbers.Make(union.RegionCode, birth, male: true);
        var volunteer = (await Roster().RegisterStaffVolunteerAsync(new RegisterStaffVolunteerRequest
        {
            RequestId = idNumber, UnionId = union.Id, Name = "陈志远", IdType = IdDocumentType.ResidentIdCard,
            IdNumber = idNumber, Gender = Gender.Male, BirthDate = birth.ToString("yyyy-MM-dd"), Phone = "13812345678",
            ParticipationConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)), TextVersion = "2018-1",
            },
            SensitiveDataConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)), TextVersion = "2018-1",
            },
        }, await host.TokenEndpoint.BearerAsync(PlatformRoles.ProvincialAdmin))).Volunteer;
        var id = Guid.Parse(volunteer.Id);
        await KnownAsync(db => db.Volunteers.AnyAsync(v => v.Id == id));
        return id;
    }

    private RosterService.RosterServiceClient Roster() => new(host.Roster.CreateChannel());

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

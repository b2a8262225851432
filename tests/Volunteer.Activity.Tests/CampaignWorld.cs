using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Tests;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>
/// The roster a test campaign needs, made through roster's public API as a provincial admin would and
/// then seen by activity through roster's events: a province, two cities, and in Guangzhou an active
/// medical team (captain, two volunteers, a licensed doctor, an unvetted union cadre).
/// </summary>
public sealed record CampaignWorld(
    Union Province, Union City, Union OtherCity, string TeamId, string CaptainId, string VolunteerId, string SecondVolunteerId,
    string DoctorId, string CadreId, Metadata ProvinceAdmin)
{
    public static readonly string JoinedOn = "2026-01-05";

    public static async Task<CampaignWorld> BuildAsync(ActivityServiceHost host)
    {
        await host.WaitUntilReadyAsync();
        await host.Roster.WaitUntilReadyAsync();
        var admin = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "province-admin");
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        var province = (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会", Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, admin)).Union;
        var city = await CityAsync(roster, admin, province, "440100", "广州市教育工会");
        var otherCity = await CityAsync(roster, admin, province, "440200", "韶关市教育工会");
        var team = (await roster.CreateTeamAsync(new CreateTeamRequest { UnionId = city.Id, Name = "广州送医分队", Specialty = TeamSpecialty.Medical }, admin)).Team;
        var captain = await VolunteerAsync(roster, admin, city, approved: true, licence: false);
        var volunteer = await VolunteerAsync(roster, admin, city, approved: true, licence: false);
        var second = await VolunteerAsync(roster, admin, city, approved: true, licence: false);
        var doctor = await VolunteerAsync(roster, admin, city, approved: true, licence: true);
        var cadre = await VolunteerAsync(roster, admin, city, approved: false, licence: false);
        foreach (var (member, role) in new[] { (captain, TeamRole.Captain), (volunteer, TeamRole.Volunteer), (second, TeamRole.Volunteer), (doctor, TeamRole.Volunteer), (cadre, TeamRole.UnionCadre) })
        {
            await roster.AddTeamMemberAsync(new AddTeamMemberRequest { TeamId = team.Id, VolunteerId = member, Role = role, JoinedOn = JoinedOn }, admin);
        }

        await WaitUntilActivityKnowsAsync(host, Guid.Parse(team.Id));
        return new CampaignWorld(province, city, otherCity, team.Id, captain, volunteer, second, doctor, cadre, admin);
    }

    public Metadata Volunteer(ActivityServiceHost host, string volunteerId) => host.BearerToken(PlatformRoles.Volunteer, City.Id, volunteerId);

    public Metadata Captain(ActivityServiceHost host) => host.BearerToken(PlatformRoles.TeamCaptain, City.Id, CaptainId);

    public Metadata CityAdmin(ActivityServiceHost host) => host.BearerToken(PlatformRoles.UnionAdmin, City.Id, "city-admin");

    public Metadata OtherCityAdmin(ActivityServiceHost host) => host.BearerToken(PlatformRoles.UnionAdmin, OtherCity.Id, "other-admin");

    private static async Task<Union> CityAsync(RosterService.RosterServiceClient roster, Metadata admin, Union province, string region, string name) =>
        (await roster.CreateUnionAsync(new CreateUnionRequest { ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = region, Name = name }, admin)).Union;

    private static async Task<string> VolunteerAsync(RosterService.RosterServiceClient roster, Metadata admin, Union union, bool approved, bool licence)
    {
        var birthDate = new DateOnly(1985, 4, 12);
        var registration = new RegisterStaffVolunteerRequest
        {
            UnionId = union.Id,
            Name = "陈志远",
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = TestIdNumbers.Make(union.RegionCode[..4] + "02", birthDate, male: true),
            Gender = Gender.Male,
            BirthDate = birthDate.ToString("yyyy-MM-dd"),
            Phone = "13812345678",
            Profession = licence ? "内科医师" : "中学教师",
            Skills = { licence ? "内科" : "物理教学", "急救" },
            Licence = licence ? new ProfessionalLicence
            {
                Kind = "医师执业证书", Number = "110440100000001", ValidUntil = "2030-12-31", Category = LicenceCategory.Medical,
            } : null,
            ParticipationConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))), TextVersion = "2018-1",
            },
            SensitiveDataConsent = new Consent
            {
                GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))), TextVersion = "2018-1",
            },
        };
        var id = (await roster.RegisterStaffVolunteerAsync(registration, admin)).Volunteer.Id;
        if (approved)
        {
            await roster.VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = id, Decision = VettingState.Approved }, admin);
        }

        return id;
    }

    private static async Task WaitUntilActivityKnowsAsync(ActivityServiceHost host, Guid teamId)
    {
        var known = await Eventually.GetAsync(async () =>
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId);
            return team is { Status: "active", Members.Count: 5 } && await db.Volunteers.CountAsync() == 5 && await db.Set<UnionTree.UnionNode>().CountAsync() == 3;
        }, done => done);
        if (!known)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId);
            throw new InvalidOperationException($"Activity never learned roster's unions and team: team {team?.Status} {team?.Members.Count}, volunteers {await db.Volunteers.CountAsync()}, unions {await db.Set<UnionTree.UnionNode>().CountAsync()}");
        }
    }
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Tests;

/// <summary>The roster a test needs, made through the public API as a provincial admin would.</summary>
internal sealed class RosterTestData(RosterServiceHost host)
{
    public static readonly DateOnly BirthDate = new(1985, 4, 12);

    public Metadata Province { get; } = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "province-admin");

    public RosterService.RosterServiceClient Client() => new(host.CreateChannel());

    /// <summary>The provincial union and one city union under it (idempotent: both use request ids).</summary>
    public async Task<Union> CityAsync(string region, string name)
    {
        var province = (await Client().CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "province", Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会",
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, Province)).Union;
        return (await Client().CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = $"city-{region}", ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = region, Name = name,
        }, Province)).Union;
    }

    public static RegisterStaffVolunteerRequest Registration(string unionId, string idNumber) => new()
    {
        UnionId = unionId,
        Name = "陈志远",
        IdType = IdDocumentType.ResidentIdCard,
        IdNumber = idNumber,
        Gender = (idNumber[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female,
        BirthDate = BirthDate.ToString("yyyy-MM-dd"),
        Phone = "13812345678",
        Employer = "广州市第六中学",
        Profession = "中学教师",
        Skills = { "物理教学" },
        ParticipationConsent = new Consent
        {
            GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2018, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))),
            TextVersion = "2018-1",
        },
        SensitiveDataConsent = new Consent
        {
            GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2018, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))),
            TextVersion = "2018-1",
        },
    };

    public async Task<StaffVolunteer> RegisterAsync(RegisterStaffVolunteerRequest request, Metadata? caller = null) =>
        (await Client().RegisterStaffVolunteerAsync(request, caller ?? Province)).Volunteer;

    /// <summary>A volunteer of the union, registered and (unless told otherwise) approved.</summary>
    public async Task<StaffVolunteer> VolunteerAsync(Union union, bool approved = true)
    {
        var district = union.RegionCode[..4] + "02";
        var volunteer = await RegisterAsync(Registration(union.Id, TestIdNumbers.Make(district, BirthDate, male: true)));
        return approved
            ? (await Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = volunteer.Id, Decision = VettingState.Approved }, Province)).Volunteer
            : volunteer;
    }

    public async Task<Team> TeamAsync(Union union, string name) => (await Client().CreateTeamAsync(
        new CreateTeamRequest { UnionId = union.Id, Name = name, Specialty = TeamSpecialty.Medical }, Province)).Team;
}

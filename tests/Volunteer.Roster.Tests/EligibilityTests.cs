using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class EligibilityTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Each_volunteer_is_answered_with_the_reasons_they_cannot_take_part_that_day()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var team = await _data.TeamAsync(city, "广州送医分队");
        var member = await _data.VolunteerAsync(city);
        var former = await _data.VolunteerAsync(city);
        var pending = await _data.VolunteerAsync(city, approved: false);
        var doctorRequest = RosterTestData.Registration(city.Id, TestIdNumbers.Make("440104", RosterTestData.BirthDate, male: true));
        doctorRequest.Licence = new ProfessionalLicence
        {
            Kind = "医师执业证书", Number = "110440100000001", ValidUntil = "2018-06-30", Category = LicenceCategory.Medical,
        };
        var doctor = await _data.RegisterAsync(doctorRequest);
        await Join(team, member, "2018-04-01");
        await Join(team, former, "2018-04-01");
        await _data.Client().RemoveTeamMemberAsync(new RemoveTeamMemberRequest { TeamId = team.Id, VolunteerId = former.Id, LeftOn = "2018-05-01" }, _data.Province);
        var unknown = Guid.NewGuid().ToString();

        var answers = (await _data.Client().CheckEligibilityAsync(new CheckEligibilityRequest
        {
            VolunteerIds = { member.Id, former.Id, pending.Id, doctor.Id, unknown, member.Id },
            Date = "2018-07-15",
            TeamId = team.Id,
        }, host.BearerToken(PlatformRoles.UnionAdmin, city.Id))).Volunteers.ToDictionary(v => v.VolunteerId);
        var doctorInJune = Assert.Single((await _data.Client().CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { doctor.Id }, Date = "2018-06-30" }, _data.Province)).Volunteers);

        Assert.Equal(5, answers.Count);
        Assert.True(answers[member.Id].Eligible);
        Assert.Equal(["NOT_TEAM_MEMBER"], answers[former.Id].Reasons);
        Assert.Equal(["NOT_APPROVED", "NOT_TEAM_MEMBER"], answers[pending.Id].Reasons);
        Assert.Equal(["NOT_FOUND"], answers[unknown].Reasons);
        Assert.False(answers[doctor.Id].LicenceValid);
        Assert.True(doctorInJune.LicenceValid);
        Assert.True(doctorInJune.MedicalLicenceValid);
        Assert.Equal("医师执业证书", doctorInJune.LicenceKind);
    }

    [Fact]
    public async Task Only_a_medical_licence_admits_to_medical_service_and_a_bad_category_is_named()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var teacherRequest = RosterTestData.Registration(city.Id, TestIdNumbers.Make("440105", RosterTestData.BirthDate, male: false));
        teacherRequest.Licence = new ProfessionalLicence { Kind = "教师资格证", Number = "20184401000001" };
        var teacher = await _data.RegisterAsync(teacherRequest);
        teacherRequest.Licence.Category = (LicenceCategory)99;

        var answer = Assert.Single((await _data.Client().CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { teacher.Id }, Date = "2018-07-15" }, _data.Province)).Volunteers);

        Assert.Equal(LicenceCategory.Other, teacher.Licence.Category);
        Assert.True(answer.LicenceValid);
        Assert.False(answer.MedicalLicenceValid);
        Assert.Equal(["licence.category"], await RpcAssert.InvalidFieldsAsync(() => _data.Client().RegisterStaffVolunteerAsync(
            teacherRequest, _data.Province).ResponseAsync));
    }

    [Fact]
    public async Task Too_many_or_malformed_ids_are_refused()
    {
        var tooMany = new CheckEligibilityRequest();
        tooMany.VolunteerIds.AddRange(Enumerable.Range(0, 501).Select(_ => Guid.NewGuid().ToString()));

        Assert.Equal(["volunteer_ids"], await RpcAssert.InvalidFieldsAsync(() => _data.Client().CheckEligibilityAsync(tooMany, _data.Province).ResponseAsync));
        Assert.Equal(["volunteer_ids[1]"], await RpcAssert.InvalidFieldsAsync(() => _data.Client().CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { Guid.NewGuid().ToString(), "nope" } }, _data.Province).ResponseAsync));
    }

    private Task Join(Team team, StaffVolunteer volunteer, string on) => _data.Client().AddTeamMemberAsync(
        new AddTeamMemberRequest { TeamId = team.Id, VolunteerId = volunteer.Id, Role = TeamRole.Volunteer, JoinedOn = on }, _data.Province).ResponseAsync;
}

using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class ProfileCorrectionTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_volunteer_reads_and_corrects_their_own_profile_and_nobody_elses()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var me = await _data.VolunteerAsync(city);
        var someoneElse = await _data.VolunteerAsync(city);
        var myToken = host.BearerToken(PlatformRoles.Volunteer, subject: me.Id);

        var corrected = (await _data.Client().UpdateStaffVolunteerProfileAsync(new UpdateStaffVolunteerProfileRequest
        {
            Id = me.Id,
            Profile = new StaffVolunteerProfile { Phone = "+86 139-0000-1111", Skills = { "心理咨询", "急救" } },
            UpdateMask = new() { Paths = { "phone", "skills" } },
        }, myToken)).Volunteer;
        var mine = (await _data.Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = me.Id }, myToken)).Volunteer;

        Assert.Equal("139****1111", corrected.PhoneMasked);
        Assert.Equal(["心理咨询", "急救"], corrected.Skills);
        Assert.Equal(me.Employer, corrected.Employer);
        Assert.Equal(corrected, mine);
        // Another volunteer is unknown to a volunteer, exactly as an id that does not exist.
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            _data.Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = someoneElse.Id }, myToken).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().UpdateStaffVolunteerProfileAsync(new UpdateStaffVolunteerProfileRequest
        {
            Id = someoneElse.Id,
            Profile = new StaffVolunteerProfile { Employer = "别人的单位" },
            UpdateMask = new() { Paths = { "employer" } },
        }, myToken).ResponseAsync);
    }

    [Fact]
    public async Task Identity_cannot_be_changed_here_and_bad_values_are_named()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var volunteer = await _data.VolunteerAsync(city);

        var fields = await RpcAssert.InvalidFieldsAsync(() => _data.Client().UpdateStaffVolunteerProfileAsync(new UpdateStaffVolunteerProfileRequest
        {
            Id = volunteer.Id,
            Profile = new StaffVolunteerProfile { Phone = "12345", Licence = new ProfessionalLicence { Kind = "医师执业证书" } },
            UpdateMask = new() { Paths = { "name", "phone", "licence" } },
        }, _data.Province).ResponseAsync);

        Assert.Equal(["profile.licence.number", "profile.phone", "update_mask"], fields);
    }
}

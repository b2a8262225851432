using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using VolunteerRegistry = Volunteer.Roster.Volunteers.VolunteerRegistry;
using VolunteerRow = Volunteer.Roster.Volunteers.StaffVolunteer;

namespace Volunteer.Roster.Tests;

/// <summary>
/// GetStaffVolunteer answers with the row the edge loaded to check the caller (no second read), and that row
/// shows the volunteer exactly as a read without any check does (a provincial admin's).
/// </summary>
public sealed class CheckedVolunteerTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task The_volunteer_their_union_admin_and_the_province_see_the_same_record()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var request = RosterTestData.Registration(
            city.Id, TestIdNumbers.Make("440104", RosterTestData.BirthDate, male: true));
        request.Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2015 });
        request.Honours.Add(new Honour { Kind = HonourKind.AdvancedWorker, Level = "市级", Year = 2012 });
        var volunteer = await _data.RegisterAsync(request);
        var read = new GetStaffVolunteerRequest { Id = volunteer.Id };

        var byProvince = await _data.Client().GetStaffVolunteerAsync(read, _data.Province);
        var byAdmin = await _data.Client().GetStaffVolunteerAsync(
            read, host.BearerToken(PlatformRoles.UnionAdmin, city.Id, "city-admin"));
        var byThemself = await _data.Client().GetStaffVolunteerAsync(
            read, host.BearerToken(PlatformRoles.Volunteer, subject: volunteer.Id));

        Assert.Equal(2, byProvince.Volunteer.Honours.Count);
        Assert.Equal(byProvince, byAdmin);
        Assert.Equal(byProvince, byThemself);
    }

    [Fact]
    public async Task The_use_case_reads_the_volunteer_the_owner_lookup_kept()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var volunteer = Guid.Parse((await _data.VolunteerAsync(city)).Id);
        var admin = new PlatformCaller("city-admin", PlatformRoles.UnionAdmin, city.Id);

        using var scope = host.Services.CreateScope();
        var owner = await scope.ServiceProvider.GetRequiredService<IAccessScope>()
            .FindOwnerAsync(ResourceTypes.StaffVolunteer, volunteer, default);
        var (shown, _) = await scope.ServiceProvider.GetRequiredService<VolunteerRegistry>()
            .GetAsync(volunteer, revealIdNumber: false, admin, default);

        Assert.Equal(Guid.Parse(city.Id), owner!.UnionId);
        Assert.Same(scope.ServiceProvider.GetRequiredService<CheckedThings>().Find<VolunteerRow>(volunteer), shown);
    }
}

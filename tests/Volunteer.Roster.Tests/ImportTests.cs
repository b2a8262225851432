using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Tests;

public sealed class ImportTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Good_rows_are_registered_and_each_bad_row_is_answered_with_its_errors()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var registered = await _data.VolunteerAsync(city);
        var registeredNumber = (await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = registered.Id, RevealIdNumber = true }, _data.Province)).IdNumber;
        var rows = Enumerable.Range(0, 600)
            .Select(_ => RosterTestData.Registration(city.Id, TestIdNumbers.Make("440111", RosterTestData.BirthDate, male: true)))
            .ToList();
        rows[10].Phone = "12345";
        rows[20].IdNumber = rows[5].IdNumber;
        rows[550].IdNumber = registeredNumber;
        rows[550].Gender = registered.Gender;

        var response = await _data.Client().ImportAsync(_data.Province, rows);
        var listed = await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id, PageSize = 500 }, _data.Province);

        Assert.Equal((597, 3), (response.Imported, response.Rejected));
        Assert.Equal(600, response.Rows.Count);
        Assert.Equal(["phone"], response.Rows[10].Errors.Select(e => e.Field).Distinct());
        Assert.Equal(["id_number"], response.Rows[20].Errors.Select(e => e.Field).Distinct());
        Assert.Equal(["id_number"], response.Rows[550].Errors.Select(e => e.Field).Distinct());
        Assert.All(response.Rows.Where(r => r.Errors.Count == 0), r => Assert.NotEmpty(r.VolunteerId));
        Assert.Equal(500, listed.Volunteers.Count);
        Assert.NotEmpty(listed.NextPageToken);
    }
}

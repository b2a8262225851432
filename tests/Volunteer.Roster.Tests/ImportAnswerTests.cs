using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class ImportAnswerTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private const string RegisteredAlready = "该身份证号码的志愿者已登记。";
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Mixed_rows_are_answered_in_order_each_by_its_own_checks()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var existing = await _data.VolunteerAsync(city);
        var existingNumber = (await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = existing.Id, RevealIdNumber = true }, _data.Province)).IdNumber;
        var rows = Enumerable.Range(0, 8).Select(_ => NewRow(city)).ToList<RegisterStaffVolunteerRequest?>();
        rows[1]!.Name = "";
        rows[1]!.Phone = "12345";
        rows[2]!.IdNumber = rows[0]!.IdNumber;
        rows[3]!.IdNumber = existingNumber;
        rows[3]!.Gender = existing.Gender;
        rows[4]!.Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2020 });
        rows[5] = null;
        rows[6]!.IdNumber = existingNumber;
        rows[6]!.Gender = existing.Gender;

        var response = await _data.Client().ImportAsync(_data.Province, rows);

        Assert.Equal((3, 5), (response.Imported, response.Rejected));
        Assert.Equal(Enumerable.Range(1, 8), response.Rows.Select(r => r.RowNumber));
        Assert.Equal([1, 5, 8], response.Rows.Where(r => r.VolunteerId != "").Select(r => r.RowNumber));
        Assert.All(response.Rows.Where(r => r.VolunteerId == ""), r => Assert.NotEmpty(r.Errors));
        Assert.All(response.Rows.SelectMany(r => r.Errors), e => ChineseText.AssertReadable(e.Description, e.Field));
        Assert.Equal(["name", "phone"], response.Rows[1].Errors.Select(e => e.Field).Distinct().Order());
        Assert.Equal([("id_number", "与第1行的身份证号码重复")], Errors(response.Rows[2]));
        Assert.Equal([("id_number", RegisteredAlready)], Errors(response.Rows[3]));
        Assert.Equal([("row", "必填")], Errors(response.Rows[5]));
        Assert.Equal([("id_number", "与第4行的身份证号码重复")], Errors(response.Rows[6]));
    }

    [Fact]
    public async Task Rows_imported_before_are_refused_and_stored_rows_read_back_as_registered()
    {
        var city = await _data.CityAsync("440300", "深圳市教育工会");
        var rows = Enumerable.Range(0, 3).Select(_ => NewRow(city)).ToList();
        rows[1].Skills.Add("心理咨询");
        rows[1].Honours.Add(new Honour { Kind = HonourKind.AdvancedWorker, Level = "市级", Year = 2019 });

        var first = await _data.Client().ImportAsync(_data.Province, rows);
        var again = await _data.Client().ImportAsync(_data.Province, rows);
        var stored = await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = first.Rows[1].VolunteerId, RevealIdNumber = true }, _data.Province);

        Assert.Equal((3, 0), (first.Imported, first.Rejected));
        Assert.Equal((0, 3), (again.Imported, again.Rejected));
        Assert.All(again.Rows, r => Assert.Equal([("id_number", RegisteredAlready)], Errors(r)));
        Assert.Equal(rows[1].IdNumber, stored.IdNumber);
        Assert.Equal(city.Id, stored.Volunteer.UnionId);
        Assert.EndsWith("5678", stored.Volunteer.PhoneMasked);
        Assert.Equal(["物理教学", "心理咨询"], stored.Volunteer.Skills);
        Assert.Equal(VettingState.Pending, stored.Volunteer.Vetting.State);
        var honour = Assert.Single(stored.Volunteer.Honours);
        Assert.Equal((HonourKind.AdvancedWorker, "市级", 2019), (honour.Kind, honour.Level, honour.Year));
    }

    [Fact]
    public async Task A_number_typed_otherwise_in_a_later_row_is_found_as_a_repeat_of_the_first()
    {
        var city = await _data.CityAsync("440600", "佛山市教育工会");
        var rows = Enumerable.Range(0, 3).Select(_ => NewRow(city)).ToList();
        var number = rows[0].IdNumber;
        // Grouped with spaces and in full-width digits, as Chinese input methods type them.
        rows[2].IdNumber = $"{FullWidth(number[..6])} {number[6..14]} {number[14..]}";

        var response = await _data.Client().ImportAsync(_data.Province, rows);

        Assert.Equal((2, 1), (response.Imported, response.Rejected));
        Assert.Equal([("id_number", "与第1行的身份证号码重复")], Errors(response.Rows[2]));
    }

    private static string FullWidth(string digits) => string.Concat(digits.Select(c => (char)(c - '0' + '０')));

    private static RegisterStaffVolunteerRequest NewRow(Union city) =>
        RosterTestData.Registration(
            city.Id, TestIdNumbers.Make(city.RegionCode[..4] + "11", RosterTestData.BirthDate, male: false));

    private static IEnumerable<(string, string)> Errors(ImportedRow row) =>
        row.Errors.Select(e => (e.Field, e.Description));
}

using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>An ID number is sensitive (PIPL Art. 28–29): without separate consent it is not stored at all.</summary>
public sealed class SensitiveDataConsentTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private const string Field = "sensitive_data_consent";
    private const string Description = "登记证件号码须本人单独同意处理敏感个人信息（《个人信息保护法》第二十九条）";
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_registration_without_sensitive_data_consent_is_refused_and_nothing_is_stored()
    {
        var city = await _data.CityAsync("441200", "肇庆市教育工会");
        var request = Row(city);
        request.SensitiveDataConsent = null;

        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument,
            () => _data.Client().RegisterStaffVolunteerAsync(request, _data.Province).ResponseAsync);

        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal((Field, Description), (violation.Field, violation.Description));
        Assert.Empty(await StoredAsync(city));
    }

    [Fact]
    public async Task An_imported_row_without_sensitive_data_consent_is_refused_by_its_number_and_field()
    {
        var city = await _data.CityAsync("441300", "惠州市教育工会");
        var rows = Enumerable.Range(0, 3).Select(_ => Row(city)).ToList();
        rows[1].SensitiveDataConsent = null;

        var response = await _data.Client().ImportAsync(_data.Province, rows);

        Assert.Equal((2, 1), (response.Imported, response.Rejected));
        var refused = Assert.Single(response.Rows, r => r.VolunteerId == "");
        Assert.Equal(2, refused.RowNumber);
        Assert.Equal([(Field, Description)], refused.Errors.Select(e => (e.Field, e.Description)));
        Assert.Equal(2, (await StoredAsync(city)).Count);
    }

    private static RegisterStaffVolunteerRequest Row(Union city) => RosterTestData.Registration(
        city.Id, TestIdNumbers.Make(city.RegionCode[..4] + "02", RosterTestData.BirthDate, male: true));

    private async Task<IReadOnlyList<StaffVolunteer>> StoredAsync(Union city) =>
        (await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id }, _data.Province)).Volunteers;
}

using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>
/// Malformed and oversized consent withdrawals, exports, phone reveals and audit listings: each
/// INVALID_ARGUMENT naming the field, before anything is exported, revealed, audited or withdrawn.
/// </summary>
public sealed class DisclosureHostileInputTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private static readonly string Long = new('号', 10_000);
    private readonly RosterTestData _data = new(host);

    public static TheoryData<string, Action<ExportNationalRecordsRequest>> Exports => new()
    {
        { "union_id", r => r.UnionId = "not-a-union" },
        { "union_id", r => r.UnionId = Long },
        { "period_start", r => r.PeriodStart = "2026-02-30" },
        { "period_start", r => r.PeriodStart = "1999-12-31" },
        { "period_end", r => r.PeriodEnd = Long },
        { "period_end", r => r.PeriodEnd = "2026-05-31" },
        { "period_end", r => r.PeriodEnd = "2027-06-03" },
        { "format", r => r.Format = (ExportFormat)99 },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task A_hostile_national_export_names_the_field_and_leaves_no_audit_entry(
        string field, Action<ExportNationalRecordsRequest> spoil)
    {
        var request = new ExportNationalRecordsRequest
        {
            PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30", Format = ExportFormat.Csv,
        };
        spoil(request);

        Assert.Contains(field, await RpcAssert.InvalidFieldsAsync(() => FirstAsync(
            _data.Client().ExportNationalRecords(request, _data.Province).ResponseStream)));
        Assert.Empty((await _data.Client().ListAuditEntriesAsync(new(), _data.Province)).Entries);
    }

    [Fact]
    public async Task Hostile_policies_reasons_and_pages_name_their_fields()
    {
        var client = _data.Client();
        var province = _data.Province;
        var volunteer = await _data.VolunteerAsync(await _data.CityAsync("440700", "江门市教育工会"));

        Assert.Equal(["policy_id"], await RpcAssert.InvalidFieldsAsync(() => FirstAsync(client.ExportInsuredPersons(
            new ExportInsuredPersonsRequest { PolicyId = Long, Format = ExportFormat.Xlsx }, province).ResponseStream)));
        Assert.Equal(["policy_id"], await RpcAssert.InvalidFieldsAsync(() => FirstAsync(client.ExportInsuredPersons(
            new ExportInsuredPersonsRequest { PolicyId = "../policy", Format = ExportFormat.Csv }, province)
            .ResponseStream)));
        Assert.Equal(["page_token"], await RpcAssert.InvalidFieldsAsync(() =>
            client.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageToken = "%%%" }, province).ResponseAsync));
        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(() => client.WithdrawConsentAsync(
            new WithdrawConsentRequest { VolunteerId = volunteer.Id, Reason = Long }, province).ResponseAsync));
        Assert.Contains("volunteer_id", await RpcAssert.InvalidFieldsAsync(() => client.WithdrawConsentAsync(
            new WithdrawConsentRequest { VolunteerId = Long }, province).ResponseAsync));
        Assert.Equal(["page_size", "page_token"], await RpcAssert.InvalidFieldsAsync(() =>
            client.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = -1, PageToken = Long }, province)
                .ResponseAsync));
        Assert.Contains("union_subtree_of", await RpcAssert.InvalidFieldsAsync(() => client.ListAuditEntriesAsync(
            new ListAuditEntriesRequest { UnionSubtreeOf = "../" }, province).ResponseAsync));

        var kept = await client.GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = volunteer.Id }, province);
        Assert.Null(kept.Volunteer.ConsentWithdrawTime);
    }

    public static TheoryData<string, Action<RevealContactPhonesRequest>> PhoneReveals => new()
    {
        { "activity_id", r => r.ActivityId = "" },
        { "activity_id", r => r.ActivityId = Long },
        { "volunteer_id", r => r.VolunteerId = "" },
        { "volunteer_id", r => r.VolunteerId = Long },
        { "reason", r => r.Reason = " " },
        { "reason", r => r.Reason = Long },
    };

    [Theory]
    [MemberData(nameof(PhoneReveals))]
    public async Task A_hostile_phone_reveal_names_the_field_and_leaves_no_audit_entry(
        string field, Action<RevealContactPhonesRequest> spoil)
    {
        var request = new RevealContactPhonesRequest
        {
            ActivityId = Guid.NewGuid().ToString(), VolunteerId = Guid.NewGuid().ToString(), Reason = "核对紧急联系人",
        };
        spoil(request);

        Assert.Equal([field], await RpcAssert.InvalidFieldsAsync(
            () => _data.Client().RevealContactPhonesAsync(request, _data.Province).ResponseAsync));
        Assert.Empty((await _data.Client().ListAuditEntriesAsync(new(), _data.Province)).Entries);
    }

    private static async Task FirstAsync<T>(IAsyncStreamReader<T> stream) => await stream.MoveNext(CancellationToken.None);
}

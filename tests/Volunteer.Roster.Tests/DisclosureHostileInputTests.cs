using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>
/// Malformed and oversized consent withdrawals, exports and audit listings: each INVALID_ARGUMENT naming the
/// field, before anything is exported, audited or withdrawn.
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

    private static async Task FirstAsync<T>(IAsyncStreamReader<T> stream) => await stream.MoveNext(CancellationToken.None);
}

using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;

namespace Volunteer.Roster.Tests.Exports;

public sealed class ConsentWithdrawalTests(RosterWithNeighboursHost host) : IClassFixture<RosterWithNeighboursHost>
{
    private static readonly DateOnly Day = new(2026, 6, 1);
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_volunteer_who_withdraws_is_exported_no_more_takes_part_in_nothing_new_and_keeps_their_record()
    {
        var city = await _data.CityAsync("440500", "汕头市教育工会");
        var (volunteer, _) = await ExportWorld.RegisterAsync(_data, city, "44050000001");
        await ExportWorld.RecordAsync(host, city, [Day], [volunteer]);
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, city.Id, subject: "admin-c");
        var self = host.BearerToken(PlatformRoles.Volunteer, city.Id, volunteer.Id);
        await _data.Client().VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = volunteer.Id, Decision = VettingState.Approved }, admin);
        var eligibleBefore = await EligibilityAsync(volunteer, admin);
        var before = await ExportedRowsAsync(admin);

        var withdrawn = (await _data.Client().WithdrawConsentAsync(
            new WithdrawConsentRequest { VolunteerId = volunteer.Id, Reason = "不再参加" }, self)).Volunteer;
        var repeated = (await _data.Client().WithdrawConsentAsync(
            new WithdrawConsentRequest { VolunteerId = volunteer.Id }, admin)).Volunteer;
        var after = await ExportedRowsAsync(admin);
        var eligibility = await EligibilityAsync(volunteer, admin);
        var kept = (await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, admin)).Volunteer;

        Assert.True(eligibleBefore.Consented);
        Assert.Single(before);
        Assert.Empty(after);
        Assert.NotNull(withdrawn.ConsentWithdrawTime);
        Assert.Equal(withdrawn.ConsentWithdrawTime, repeated.ConsentWithdrawTime);
        Assert.False(eligibility.Consented);
        Assert.Equal(["NO_CONSENT"], eligibility.Reasons);
        Assert.Equal(volunteer.IdNumberMasked, kept.IdNumberMasked);
        var audit = await AuditAsync(city, admin);
        Assert.Equal([1, 0],
            audit.Entries.Where(e => e.Kind == DisclosureKind.NationalRecordsExport).Select(e => e.RowCount));
    }

    [Fact]
    public async Task Every_reveal_is_listed_in_the_audit_of_the_volunteers_union()
    {
        var city = await _data.CityAsync("440600", "佛山市教育工会");
        var (volunteer, _) = await ExportWorld.RegisterAsync(_data, city, "44060000001");
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, city.Id, subject: "admin-d");

        await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id, RevealIdNumber = true }, admin);
        var audit = await AuditAsync(city, admin);

        var entry = Assert.Single(audit.Entries);
        Assert.Equal((DisclosureKind.IdNumberReveal, volunteer.Id, city.Id, "admin-d", 1),
            (entry.Kind, entry.VolunteerId, entry.UnionId, entry.ActorSubject, entry.RowCount));
    }

    [Fact]
    public async Task Another_unions_admin_cannot_withdraw_a_volunteers_consent()
    {
        var city = await _data.CityAsync("441400", "梅州市教育工会");
        var (volunteer, _) = await ExportWorld.RegisterAsync(_data, city, "44140000001");
        var outsider = host.BearerToken(PlatformRoles.UnionAdmin, (await _data.CityAsync("441500", "汕尾市教育工会")).Id);
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, city.Id);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Client().WithdrawConsentAsync(
            new WithdrawConsentRequest { VolunteerId = volunteer.Id, Reason = "不再参加" }, outsider).ResponseAsync);

        var kept = (await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, admin)).Volunteer;
        Assert.Null(kept.ConsentWithdrawTime);
        Assert.True((await EligibilityAsync(volunteer, admin)).Consented);
    }

    private async Task<VolunteerEligibility> EligibilityAsync(StaffVolunteer volunteer, Metadata admin) =>
        (await _data.Client().CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { volunteer.Id }, Date = "2026-06-02" }, admin))
        .Volunteers.Single();

    private async Task<ListAuditEntriesResponse> AuditAsync(Union city, Metadata admin) =>
        await _data.Client().ListAuditEntriesAsync(new ListAuditEntriesRequest { UnionSubtreeOf = city.Id }, admin);

    private async Task<List<string[]>> ExportedRowsAsync(Metadata admin)
    {
        var (_, _, content) = await ExportFiles.ExportAsync(_data.Client(), new ExportNationalRecordsRequest
        {
            PeriodStart = "2026-06-01", PeriodEnd = "2026-06-01", Format = ExportFormat.Csv,
        }, admin);
        return ExportFiles.ReadCsv(content)[1..];
    }
}

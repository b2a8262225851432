using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Exports;
using Xunit;

namespace Volunteer.Roster.Tests.Exports;

public sealed class NationalExportTests(RosterWithNeighboursHost host) : IClassFixture<RosterWithNeighboursHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task An_admin_gets_their_consenting_people_in_the_national_layout_as_csv_and_the_export_is_audited()
    {
        var world = await ExportWorld.OfAsync(host);
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, world.CityA.Id, subject: "admin-a");

        var (contentType, fileName, content) =
            await ExportFiles.ExportAsync(_data.Client(), Request("", ExportFormat.Csv), admin);
        var rows = ExportFiles.ReadCsv(content);

        Assert.Equal("text/csv", contentType);
        Assert.Equal("national-records-2026-05-10-2026-05-11.csv", fileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], content[..3]);
        Assert.Equal(NationalRecordLayout.Header, rows[0]);
        // The activity's name would run as a formula: it is escaped with a leading quote.
        var escaped = "'" + ExportWorld.FormulaName;
        Assert.Equal([Row(world.Consenting, "44010000001", "广州市教育工会", ExportWorld.Day1, escaped, "6.50"),
            Row(world.Consenting, "44010000001", "广州市教育工会", ExportWorld.Day2, escaped, "6.50")], rows[1..]);

        var audit = await _data.Client().ListAuditEntriesAsync(new ListAuditEntriesRequest(), admin);
        var entry = Assert.Single(audit.Entries,
            e => e.Kind == DisclosureKind.NationalRecordsExport && e.ActorSubject == "admin-a");
        Assert.Equal((world.CityA.Id, "2026-05-10", "2026-05-11", ExportFormat.Csv, 2, PlatformRoles.UnionAdmin),
            (entry.UnionId, entry.PeriodStart, entry.PeriodEnd, entry.Format, entry.RowCount, entry.ActorRole));
    }

    [Fact]
    public async Task A_provincial_export_as_xlsx_holds_every_consenting_person_of_the_province_and_reads_back()
    {
        var world = await ExportWorld.OfAsync(host);

        var (contentType, fileName, content) = await ExportFiles.ExportAsync(
            _data.Client(), Request("", ExportFormat.Xlsx), _data.Province);
        var rows = ExportFiles.ReadXlsx(content);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", contentType);
        Assert.EndsWith(".xlsx", fileName);
        Assert.Equal(NationalRecordLayout.Header, rows[0]);
        string[][] expected =
        [
            Row(world.Consenting, "44010000001", "广州市教育工会", ExportWorld.Day1, ExportWorld.FormulaName, "6.50"),
            Row(world.OfB, "44030000001", "深圳市教育工会", ExportWorld.Day1, ExportWorld.FormulaName, "6.50"),
            Row(world.Consenting, "44010000001", "广州市教育工会", ExportWorld.Day2, ExportWorld.FormulaName, "6.50"),
            Row(world.OfB, "44030000001", "深圳市教育工会", ExportWorld.Day2, ExportWorld.FormulaName, "6.50"),
        ];
        // By day, then by volunteer id (time-ordered: the order of registration).
        // Exactly these: the volunteer without sensitive-data consent is left out.
        Assert.Equal(expected, rows[1..]);
    }

    [Fact]
    public async Task A_union_outside_the_admins_scope_is_refused_and_its_audit_is_not_theirs()
    {
        var world = await ExportWorld.OfAsync(host);
        var adminOfA = host.BearerToken(PlatformRoles.UnionAdmin, world.CityA.Id, subject: "admin-a-elsewhere");
        var adminOfB = host.BearerToken(PlatformRoles.UnionAdmin, world.CityB.Id, subject: "admin-b");
        await ExportFiles.ExportAsync(_data.Client(), Request("", ExportFormat.Csv), adminOfA);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            ExportFiles.ExportAsync(_data.Client(), Request(world.CityB.Id, ExportFormat.Csv), adminOfA));
        var self = host.BearerToken(PlatformRoles.Volunteer, world.CityA.Id, world.Consenting.Volunteer.Id);
        var volunteerRefused = await Assert.ThrowsAsync<RpcException>(() =>
            ExportFiles.ExportAsync(_data.Client(), Request("", ExportFormat.Csv), self));
        var auditOfB = await _data.Client().ListAuditEntriesAsync(new ListAuditEntriesRequest(), adminOfB);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, volunteerRefused.StatusCode);
        Assert.DoesNotContain(auditOfB.Entries, e => e.UnionId == world.CityA.Id);
    }

    private static ExportNationalRecordsRequest Request(string unionId, ExportFormat format) => new()
    {
        UnionId = unionId, PeriodStart = "2026-05-10", PeriodEnd = "2026-05-11", Format = format,
    };

    private static string[] Row(
        (StaffVolunteer Volunteer, string IdNumber) person, string nationalNumber, string union, DateOnly day,
        string activityName, string hours) =>
    [
        person.Volunteer.Name, "男", "居民身份证", person.IdNumber, nationalNumber, union,
        activityName, day.ToString("yyyy-MM-dd"), "连州市第一小学", "物理实验课", hours, "广州市教育工会", "张队长",
    ];
}

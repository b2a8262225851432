extern alias safety;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Roster.Exports;
using Volunteer.Testing;
using Xunit;
using SafetyDb = safety::Volunteer.Safety.Data.SafetyDbContext;

namespace Volunteer.Roster.Tests.Exports;

public sealed class InsuredListTests(RosterWithNeighboursHost host) : IClassFixture<RosterWithNeighboursHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_policys_insured_list_names_the_consenting_people_the_admin_covers_and_is_audited()
    {
        var holder = await _data.CityAsync("440700", "江门市教育工会");
        var other = await _data.CityAsync("440800", "湛江市教育工会");
        var (insured, idNumber) = await ExportWorld.RegisterAsync(_data, holder, "44070000001");
        var (withoutConsent, _) = await ExportWorld.RegisterAsync(_data, holder, null);
        var (ofOther, otherIdNumber) = await ExportWorld.RegisterAsync(_data, other, "44080000001");
        var policy = await PolicyAsync(holder, insured, withoutConsent, ofOther);
        var admin = host.BearerToken(PlatformRoles.UnionAdmin, holder.Id, subject: "admin-e");

        var (contentType, fileName, content) = await ExportAsync(policy, ExportFormat.Csv, admin);
        var (_, _, workbook) = await ExportAsync(policy, ExportFormat.Xlsx, _data.Province);
        var audit = await _data.Client().ListAuditEntriesAsync(
            new ListAuditEntriesRequest { UnionSubtreeOf = holder.Id }, admin);

        Assert.Equal(("text/csv", $"insured-persons-{policy.PolicyNumber}.csv"), (contentType, fileName));
        Assert.Equal([InsuredPersonLayout.Header, Row(insured, idNumber, "江门市教育工会")], ExportFiles.ReadCsv(content));
        var rows = ExportFiles.ReadXlsx(workbook);
        Assert.Equal(InsuredPersonLayout.Header, rows[0]);
        // Safety lists one call's enrolments in its own order: compare by ID number.
        Assert.Equal([Row(insured, idNumber, "江门市教育工会"), Row(ofOther, otherIdNumber, "湛江市教育工会")],
            rows[1..].OrderBy(row => row[4]));
        Assert.Equal([(policy.Id, "admin-e", 1), (policy.Id, "province-admin", 2)], audit.Entries
            .Where(e => e.Kind == DisclosureKind.InsuredPersonsExport)
            .Select(e => (e.PolicyId, e.ActorSubject, e.RowCount)));
    }

    [Fact]
    public async Task A_policy_outside_the_admins_reach_is_not_found()
    {
        var holder = await _data.CityAsync("440900", "茂名市教育工会");
        var other = await _data.CityAsync("441200", "肇庆市教育工会");
        var (insured, _) = await ExportWorld.RegisterAsync(_data, holder, "44090000001");
        var policy = await PolicyAsync(holder, insured);

        var refused = await Assert.ThrowsAsync<RpcException>(() => ExportAsync(
            policy, ExportFormat.Csv, host.BearerToken(PlatformRoles.UnionAdmin, other.Id, subject: "admin-g")));

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    // Safety hears of the union and the volunteers over the broker: until it has the union, it answers NOT_FOUND.
    private async Task<Policy> PolicyAsync(Union holder, params StaffVolunteer[] people)
    {
        var safety = host.SafetyClient();
        var policy = await UntilKnownAsync(async () => (await safety.RegisterPolicyAsync(new RegisterPolicyRequest
        {
            Policy = new Policy
            {
                HolderUnionId = holder.Id, Insurer = "中国人寿广州分公司", PolicyNumber = $"GD-{Guid.NewGuid():N}"[..20],
                Product = "志愿者团体意外险", CoversFrom = "2026-07-01", CoversTo = "2026-07-31", Territory = "中国境内",
                Limits = new PolicyLimits
                {
                    DeathDisability = "200000", Medical = "20000", MedicalDeductible = "100", ThirdPartyLiability = "0",
                },
            },
        }, _data.Province)).Policy);
        var ids = people.Select(p => Guid.Parse(p.Id)).ToList();
        var known = await Eventually.GetAsync(async () =>
        {
            await using var scope = host.Safety.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SafetyDb>();
            return await db.Volunteers.CountAsync(v => ids.Contains(v.Id));
        }, count => count == ids.Count);
        Assert.Equal(ids.Count, known);
        await safety.EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { people.Select(p => p.Id) }, From = "2026-07-01", To = "2026-07-31",
        }, _data.Province);
        return policy;
    }

    private static async Task<T> UntilKnownAsync<T>(Func<Task<T>> call)
    {
        var outcome = await Eventually.GetAsync(async () =>
        {
            try
            {
                return (Done: true, Value: await call());
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return (Done: false, Value: default(T));
            }
        }, o => o.Done);
        return outcome.Value ?? throw new TimeoutException("Safety never heard of the union and the volunteers.");
    }

    private Task<(string ContentType, string FileName, byte[] Content)> ExportAsync(
        Policy policy, ExportFormat format, Metadata caller) =>
        ExportFiles.ExportInsuredAsync(
            _data.Client(), new ExportInsuredPersonsRequest { PolicyId = policy.Id, Format = format }, caller);

    private static string[] Row(StaffVolunteer person, string idNumber, string union) =>
        [person.Name, "男", "1985-04-12", "居民身份证", idNumber, union, "2026-07-01", "2026-07-31"];
}

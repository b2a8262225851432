using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Data;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class VolunteerApiTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private static readonly DateOnly BirthDate = RosterTestData.BirthDate;
    private readonly RosterTestData _data = new(host);

    private Metadata Province => _data.Province;

    [Fact]
    public async Task A_registered_volunteer_is_shown_masked_and_the_full_number_only_on_an_audited_request()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var idNumber = TestIdNumbers.Make("440106", BirthDate, male: true);

        var registered = await RegisterAsync(Registration(city.Id, idNumber), Province);
        var plain = await Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = registered.Id }, Province);
        var revealed = await Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = registered.Id, RevealIdNumber = true }, Province);

        Assert.Equal($"{idNumber[..4]}**********{idNumber[^4..]}", registered.IdNumberMasked);
        Assert.Equal("138****5678", registered.PhoneMasked);
        Assert.Equal(VettingState.Pending, registered.Vetting.State);
        Assert.Equal("", plain.IdNumber);
        Assert.Equal(idNumber, revealed.IdNumber);
        Assert.Equal(registered, revealed.Volunteer);
        Assert.Equal(1, await ReadsAuditedAsync(registered.Id));
    }

    [Fact]
    public async Task Every_bad_field_is_named_and_nothing_is_written()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var idNumber = TestIdNumbers.Make("440106", BirthDate, male: true);
        var request = Registration(city.Id, idNumber[..17] + (idNumber[17] == '0' ? '1' : '0'));
        request.Phone = "12345";
        request.ParticipationConsent = null;
        request.Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 1900 });

        var fields = await RpcAssert.InvalidFieldsAsync(() => Client().RegisterStaffVolunteerAsync(request, Province).ResponseAsync);

        Assert.Equal(["honours[0].year", "id_number", "participation_consent", "phone"], fields);
        Assert.Empty(await ListAsync(new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id, Skill = request.Skills[0] }, Province));
    }

    [Fact]
    public async Task Birth_date_and_gender_must_agree_with_the_id_number()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var request = Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true));
        request.Gender = Gender.Female;
        request.BirthDate = "1985-04-13";

        var fields = await RpcAssert.InvalidFieldsAsync(() => Client().RegisterStaffVolunteerAsync(request, Province).ResponseAsync);

        Assert.Equal(["birth_date", "gender"], fields);
    }

    [Fact]
    public async Task The_same_person_cannot_be_registered_twice_but_a_retry_is_safe()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var request = Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: false));
        request.Gender = Gender.Female;
        request.RequestId = Guid.NewGuid().ToString();

        var first = await RegisterAsync(request, Province);
        var retry = await RegisterAsync(request, Province);
        request.RequestId = Guid.NewGuid().ToString();

        Assert.Equal(first, retry);
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => Client().RegisterStaffVolunteerAsync(request, Province).ResponseAsync);
    }

    [Fact]
    public async Task A_union_admin_sees_and_registers_only_in_its_own_subtree()
    {
        var zhuhai = await CityAsync("440400", "珠海市教育工会");
        var shantou = await CityAsync("440500", "汕头市教育工会");
        var zhuhaiAdmin = host.BearerToken(PlatformRoles.UnionAdmin, unionId: zhuhai.Id);
        var inShantou = await RegisterAsync(Registration(shantou.Id, TestIdNumbers.Make("440507", BirthDate, male: true)), Province);

        var own = await RegisterAsync(Registration(zhuhai.Id, TestIdNumbers.Make("440402", BirthDate, male: true)), zhuhaiAdmin);
        var listed = await ListAsync(new ListStaffVolunteersRequest(), zhuhaiAdmin);

        Assert.Equal([own.Id], listed.Select(v => v.Id));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = inShantou.Id }, zhuhaiAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client().RegisterStaffVolunteerAsync(Registration(shantou.Id, TestIdNumbers.Make("440507", BirthDate, male: true)), zhuhaiAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = own.Id, RevealIdNumber = true }, host.BearerToken(PlatformRoles.Volunteer)).ResponseAsync);
    }

    [Fact]
    public async Task Vetting_is_decided_once_with_a_reviewer_and_a_rejection_needs_a_reason()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var approved = await RegisterAsync(Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true)), Province);
        var rejected = await RegisterAsync(Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true)), Province);

        var vetted = (await Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = approved.Id, Decision = VettingState.Approved }, Province)).Volunteer;
        var noReason = await RpcAssert.InvalidFieldsAsync(() =>
            Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = rejected.Id, Decision = VettingState.Rejected }, Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () =>
            Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = approved.Id, Decision = VettingState.Rejected, Reason = "改判" }, Province).ResponseAsync);

        Assert.Equal(VettingState.Approved, vetted.Vetting.State);
        Assert.Equal("province-admin", vetted.Vetting.Reviewer);
        Assert.Equal(["reason"], noReason);
    }

    [Fact]
    public async Task Search_filters_by_skill_honour_and_vetting_and_pages_to_the_end()
    {
        var city = await CityAsync("440600", "佛山市教育工会");
        var skill = $"儿科-{Guid.NewGuid():N}"[..12];
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var request = Registration(city.Id, TestIdNumbers.Make("440604", BirthDate, male: true));
            request.Skills.Add(skill);
            if (i % 2 == 0)
            {
                request.Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2016 });
            }

            ids.Add((await RegisterAsync(request, Province)).Id);
        }

        await Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = ids[0], Decision = VettingState.Approved }, Province);
        var models = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, Honour = HonourKind.ModelWorker }, Province);
        var approved = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, VettingState = VettingState.Approved }, Province);
        var all = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, PageSize = 2 }, Province);

        Assert.Equal([ids[0], ids[2], ids[4]], models.Select(v => v.Id));
        Assert.Equal([ids[0]], approved.Select(v => v.Id));
        Assert.Equal(ids, all.Select(v => v.Id));
    }

    private RosterService.RosterServiceClient Client() => _data.Client();

    private Task<Union> CityAsync(string region, string name) => _data.CityAsync(region, name);

    private static RegisterStaffVolunteerRequest Registration(string unionId, string idNumber) => RosterTestData.Registration(unionId, idNumber);

    private Task<StaffVolunteer> RegisterAsync(RegisterStaffVolunteerRequest request, Metadata caller) => _data.RegisterAsync(request, caller);

    private async Task<List<StaffVolunteer>> ListAsync(ListStaffVolunteersRequest request, Metadata caller)
    {
        var all = new List<StaffVolunteer>();
        do
        {
            var page = await Client().ListStaffVolunteersAsync(request, caller);
            all.AddRange(page.Volunteers);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    private async Task<int> ReadsAuditedAsync(string volunteerId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RosterDbContext>();
        var id = Guid.Parse(volunteerId);
        return await db.Disclosures.CountAsync(r => r.VolunteerId == id);
    }
}

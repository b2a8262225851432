using Google.Protobuf.WellKnownTypes;
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
    private static readonly DateOnly BirthDate = new(1985, 4, 12);
    private readonly Metadata _province = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "province-admin");

    [Fact]
    public async Task A_registered_volunteer_is_shown_masked_and_the_full_number_only_on_an_audited_request()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var idNumber = TestIdNumbers.Make("440106", BirthDate, male: true);

        var registered = await RegisterAsync(Registration(city.Id, idNumber), _province);
        var plain = await Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = registered.Id }, _province);
        var revealed = await Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = registered.Id, RevealIdNumber = true }, _province);

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

        var fields = await RpcAssert.InvalidFieldsAsync(() => Client().RegisterStaffVolunteerAsync(request, _province).ResponseAsync);

        Assert.Equal(["honours[0].year", "id_number", "participation_consent", "phone"], fields);
        Assert.Empty(await ListAsync(new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id, Skill = request.Skills[0] }, _province));
    }

    [Fact]
    public async Task Birth_date_and_gender_must_agree_with_the_id_number()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var request = Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true));
        request.Gender = Gender.Female;
        request.BirthDate = "1985-04-13";

        var fields = await RpcAssert.InvalidFieldsAsync(() => Client().RegisterStaffVolunteerAsync(request, _province).ResponseAsync);

        Assert.Equal(["birth_date", "gender"], fields);
    }

    [Fact]
    public async Task The_same_person_cannot_be_registered_twice_but_a_retry_is_safe()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var request = Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: false));
        request.Gender = Gender.Female;
        request.RequestId = Guid.NewGuid().ToString();

        var first = await RegisterAsync(request, _province);
        var retry = await RegisterAsync(request, _province);
        request.RequestId = Guid.NewGuid().ToString();

        Assert.Equal(first, retry);
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => Client().RegisterStaffVolunteerAsync(request, _province).ResponseAsync);
    }

    [Fact]
    public async Task A_union_admin_sees_and_registers_only_in_its_own_subtree()
    {
        var zhuhai = await CityAsync("440400", "珠海市教育工会");
        var shantou = await CityAsync("440500", "汕头市教育工会");
        var zhuhaiAdmin = host.BearerToken(PlatformRoles.UnionAdmin, unionId: zhuhai.Id);
        var inShantou = await RegisterAsync(Registration(shantou.Id, TestIdNumbers.Make("440507", BirthDate, male: true)), _province);

        var own = await RegisterAsync(Registration(zhuhai.Id, TestIdNumbers.Make("440402", BirthDate, male: true)), zhuhaiAdmin);
        var listed = await ListAsync(new ListStaffVolunteersRequest(), zhuhaiAdmin);

        Assert.Equal([own.Id], listed.Select(v => v.Id));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = inShantou.Id }, zhuhaiAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client().RegisterStaffVolunteerAsync(Registration(shantou.Id, TestIdNumbers.Make("440507", BirthDate, male: true)), zhuhaiAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = own.Id, RevealIdNumber = true }, host.BearerToken(PlatformRoles.Volunteer)).ResponseAsync);
    }

    [Fact]
    public async Task Vetting_is_decided_once_with_a_reviewer_and_a_rejection_needs_a_reason()
    {
        var city = await CityAsync("440100", "广州市教育工会");
        var approved = await RegisterAsync(Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true)), _province);
        var rejected = await RegisterAsync(Registration(city.Id, TestIdNumbers.Make("440106", BirthDate, male: true)), _province);

        var vetted = (await Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = approved.Id, Decision = VettingState.Approved }, _province)).Volunteer;
        var noReason = await RpcAssert.InvalidFieldsAsync(() =>
            Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = rejected.Id, Decision = VettingState.Rejected }, _province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () =>
            Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = approved.Id, Decision = VettingState.Rejected, Reason = "改判" }, _province).ResponseAsync);

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

            ids.Add((await RegisterAsync(request, _province)).Id);
        }

        await Client().VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = ids[0], Decision = VettingState.Approved }, _province);
        var models = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, Honour = HonourKind.ModelWorker }, _province);
        var approved = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, VettingState = VettingState.Approved }, _province);
        var all = await ListAsync(new ListStaffVolunteersRequest { Skill = skill, PageSize = 2 }, _province);

        Assert.Equal([ids[0], ids[2], ids[4]], models.Select(v => v.Id));
        Assert.Equal([ids[0]], approved.Select(v => v.Id));
        Assert.Equal(ids, all.Select(v => v.Id));
    }

    private RosterService.RosterServiceClient Client() => new(host.CreateChannel());

    private async Task<Union> CityAsync(string region, string name)
    {
        var province = (await Client().CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "province", Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会",
        }, _province)).Union;
        return (await Client().CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = $"city-{region}", ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = region, Name = name,
        }, _province)).Union;
    }

    private static RegisterStaffVolunteerRequest Registration(string unionId, string idNumber) => new()
    {
        UnionId = unionId,
        Name = "陈志远",
        IdType = IdDocumentType.ResidentIdCard,
        IdNumber = idNumber,
        Gender = (idNumber[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female,
        BirthDate = BirthDate.ToString("yyyy-MM-dd"),
        Phone = "13812345678",
        Employer = "广州市第六中学",
        Profession = "中学教师",
        Skills = { "物理教学" },
        ParticipationConsent = new Consent { GivenTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2018, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))), TextVersion = "2018-1" },
    };

    private async Task<StaffVolunteer> RegisterAsync(RegisterStaffVolunteerRequest request, Metadata caller) =>
        (await Client().RegisterStaffVolunteerAsync(request, caller)).Volunteer;

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
        return await db.IdNumberReads.CountAsync(r => r.VolunteerId == id);
    }
}

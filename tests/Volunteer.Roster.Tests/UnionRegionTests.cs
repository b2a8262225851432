using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class UnionRegionTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_second_city_education_union_for_a_region_is_refused_naming_the_first()
    {
        var qingyuan = await _data.CityAsync("441800", "清远市教育工会");

        var error = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => CreateAsync(
            qingyuan.ParentId, UnionKind.CityEducation, "441800", "清远市教育工会（重复）"));

        var resource = error.GetRpcStatus()?.GetDetail<ResourceInfo>();
        Assert.NotNull(resource);
        Assert.Equal(qingyuan.Id, resource.ResourceName);
        Assert.Equal("region_code：地区 441800 已有同级工会“清远市教育工会”，每个地区每一级只设一个教育工会", resource.Description);
        var unions = await _data.Client().ListUnionsAsync(new ListUnionsRequest { PageSize = 500 }, _data.Province);
        Assert.Single(unions.Unions, u => u.RegionCode == "441800");
    }

    [Fact]
    public async Task The_province_registers_a_second_with_a_reason_that_is_kept_and_shown_a_union_admin_cannot()
    {
        var shaoguan = await _data.CityAsync("440200", "韶关市教育工会");
        var request = new CreateUnionRequest
        {
            ParentId = shaoguan.ParentId, Kind = UnionKind.CityEducation, RegionCode = "440200",
            Name = "韶关市教育工会（乳源片区）", SecondOfLevelReason = "  乳源瑶族自治县片区单独组织，省工会批准  ",
        };
        var cityAdmin = host.BearerToken(PlatformRoles.UnionAdmin, shaoguan.ParentId);

        var denied = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => _data.Client().CreateUnionAsync(request, cityAdmin).ResponseAsync);
        var second = (await _data.Client().CreateUnionAsync(request, _data.Province)).Union;
        var read = (await _data.Client().GetUnionAsync(new GetUnionRequest { Id = second.Id }, _data.Province)).Union;

        Assert.Equal("SECOND_OF_LEVEL_NEEDS_PROVINCE", denied.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("乳源瑶族自治县片区单独组织，省工会批准", read.SecondOfLevelReason);
        Assert.Equal("", (await _data.Client().GetUnionAsync(
            new GetUnionRequest { Id = shaoguan.Id }, _data.Province)).Union.SecondOfLevelReason);
    }

    [Fact]
    public async Task A_reason_given_for_a_first_union_of_its_region_is_not_kept()
    {
        var province = (await _data.CityAsync("440300", "深圳市教育工会")).ParentId;

        var first = (await _data.Client().CreateUnionAsync(new CreateUnionRequest
        {
            ParentId = province, Kind = UnionKind.CityEducation, RegionCode = "440400", Name = "珠海市教育工会",
            SecondOfLevelReason = "无需例外",
        }, _data.Province)).Union;

        Assert.Equal("", first.SecondOfLevelReason);
    }

    [Fact]
    public async Task Directly_affiliated_units_may_share_a_region()
    {
        var province = (await _data.CityAsync("440100", "广州市教育工会")).ParentId;

        var first = await CreateAsync(province, UnionKind.DirectlyAffiliated, "440106", "华南理工大学工会");
        var second = await CreateAsync(province, UnionKind.DirectlyAffiliated, "440106", "暨南大学工会");

        Assert.NotEqual(first.Id, second.Id);
    }

    private async Task<Union> CreateAsync(string parentId, UnionKind kind, string region, string name) =>
        (await _data.Client().CreateUnionAsync(new CreateUnionRequest
        {
            ParentId = parentId, Kind = kind, RegionCode = region, Name = name,
        }, _data.Province)).Union;
}

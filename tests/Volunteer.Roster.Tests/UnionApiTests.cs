using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class UnionApiTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly Metadata _province = host.BearerToken(PlatformRoles.ProvincialAdmin);

    [Fact]
    public async Task A_city_and_its_county_are_registered_and_read_back_in_their_subtree()
    {
        var client = Client();
        var province = await ProvinceAsync();
        var city = await CreateAsync(province.Id, UnionKind.CityEducation, "440300", "深圳市教育工会", _province);
        var county = await CreateAsync(city.Id, UnionKind.CountyEducation, "440305", "南山区教育工会", _province);

        var read = (await client.GetUnionAsync(new GetUnionRequest { Id = county.Id }, _province)).Union;
        var subtree = (await client.ListUnionsAsync(new ListUnionsRequest { SubtreeOf = city.Id }, _province)).Unions;

        Assert.Equal(county, read);
        Assert.Equal(city.Id, read.ParentId);
        Assert.Equal([city.Id, county.Id], subtree.Select(u => u.Id));
    }

    [Fact]
    public async Task Every_bad_field_is_named_and_nothing_is_written()
    {
        var province = await ProvinceAsync();
        var before = await CountAsync();

        var fields = await RpcAssert.InvalidFieldsAsync(() => Client().CreateUnionAsync(new CreateUnionRequest
        {
            ParentId = province.Id,
            Name = " ",
            RegionCode = "44010",
            Contact = new UnionContact { Phone = "12345" },
            Targets = new UnionTargets { Teams = -1, People = 5 },
        }, _province).ResponseAsync);

        Assert.Equal(["contact.phone", "kind", "name", "region_code", "targets.teams"], fields);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_union_out_of_place_in_the_tree_is_refused_with_the_field_to_fix()
    {
        var province = await ProvinceAsync();

        var countyUnderProvince = await RpcAssert.InvalidFieldsAsync(() =>
            CreateAsync(province.Id, UnionKind.CountyEducation, "440106", "天河区教育工会", _province));
        var cityOutsideProvince = await RpcAssert.InvalidFieldsAsync(() =>
            CreateAsync(province.Id, UnionKind.CityEducation, "450100", "南宁市教育工会", _province));

        Assert.Equal(["parent_id"], countyUnderProvince);
        Assert.Equal(["region_code"], cityOutsideProvince);
    }

    [Fact]
    public async Task Unknown_parents_and_a_second_province_are_refused()
    {
        await ProvinceAsync();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            CreateAsync(Guid.NewGuid().ToString(), UnionKind.CityEducation, "440400", "珠海市教育工会", _province));
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () =>
            CreateAsync("", UnionKind.Provincial, "440000", "另一个省工会", _province));
    }

    [Fact]
    public async Task A_retried_create_returns_the_union_the_first_attempt_made()
    {
        var province = await ProvinceAsync();
        var request = new CreateUnionRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ParentId = province.Id,
            Kind = UnionKind.DirectlyAffiliated,
            RegionCode = "440106",
            Name = "华南师范大学工会",
        };

        var first = (await Client().CreateUnionAsync(request, _province)).Union;
        var retry = (await Client().CreateUnionAsync(request, _province)).Union;

        Assert.Equal(first, retry);
    }

    [Fact]
    public async Task A_union_admin_changes_only_its_own_subtree()
    {
        var province = await ProvinceAsync();
        var foshan = await CreateAsync(province.Id, UnionKind.CityEducation, "440600", "佛山市教育工会", _province);
        var jiangmen = await CreateAsync(province.Id, UnionKind.CityEducation, "440700", "江门市教育工会", _province);
        var foshanAdmin = host.BearerToken(PlatformRoles.UnionAdmin, unionId: foshan.Id);

        var own = await CreateAsync(foshan.Id, UnionKind.CountyEducation, "440604", "禅城区教育工会", foshanAdmin);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            CreateAsync(jiangmen.Id, UnionKind.CountyEducation, "440703", "蓬江区教育工会", foshanAdmin));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client().UpdateUnionAsync(
            new UpdateUnionRequest { Union = new Union { Id = jiangmen.Id, Name = "改名" }, UpdateMask = new() { Paths = { "name" } } },
            foshanAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            CreateAsync(foshan.Id, UnionKind.CountyEducation, "440605", "南海区教育工会", host.BearerToken(PlatformRoles.Volunteer)));
        var renamed = (await Client().UpdateUnionAsync(
            new UpdateUnionRequest { Union = new Union { Id = own.Id, Name = "禅城区教育工会（新）" }, UpdateMask = new() { Paths = { "name" } } },
            foshanAdmin)).Union;

        Assert.Equal("禅城区教育工会（新）", renamed.Name);
        Assert.Equal(own.RegionCode, renamed.RegionCode);
    }

    [Fact]
    public async Task Paging_walks_a_subtree_to_the_end_without_repeats()
    {
        var province = await ProvinceAsync();
        var city = await CreateAsync(province.Id, UnionKind.CityEducation, "440500", "汕头市教育工会", _province);
        foreach (var district in new[] { "07", "11", "12", "13", "14", "15", "23" })
        {
            await CreateAsync(city.Id, UnionKind.CountyEducation, $"4405{district}", $"区县 {district}", _province);
        }

        var seen = new List<string>();
        var pages = 0;
        var token = "";
        do
        {
            var page = await Client().ListUnionsAsync(new ListUnionsRequest { SubtreeOf = city.Id, PageSize = 3, PageToken = token }, _province);
            seen.AddRange(page.Unions.Select(u => u.RegionCode));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(["440500", "440507", "440511", "440512", "440513", "440514", "440515", "440523"], seen);
        Assert.Equal(["page_token"], await RpcAssert.InvalidFieldsAsync(() =>
            Client().ListUnionsAsync(new ListUnionsRequest { PageToken = "not-a-token" }, _province).ResponseAsync));
    }

    private RosterService.RosterServiceClient Client() => new(host.CreateChannel());

    // Every test needs the one provincial union; the request id makes creating it idempotent.
    private async Task<Union> ProvinceAsync() => (await Client().CreateUnionAsync(new CreateUnionRequest
    {
        RequestId = "province",
        Kind = UnionKind.Provincial,
        RegionCode = "440000",
        Name = "广东省教科文卫工会",
        Targets = new UnionTargets { Teams = 100, People = 1000 },
    }, _province)).Union;

    private async Task<Union> CreateAsync(string parentId, UnionKind kind, string regionCode, string name, Metadata caller) =>
        (await Client().CreateUnionAsync(
            new CreateUnionRequest { ParentId = parentId, Kind = kind, RegionCode = regionCode, Name = name }, caller)).Union;

    private async Task<int> CountAsync() =>
        (await Client().ListUnionsAsync(new ListUnionsRequest { PageSize = 500 }, _province)).Unions.Count;
}

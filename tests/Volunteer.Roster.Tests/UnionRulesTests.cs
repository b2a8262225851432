using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Tests;

public sealed class UnionRulesTests
{
    private static readonly Union Province = Node(UnionKind.Provincial, "440000");
    private static readonly Union Guangzhou = Node(UnionKind.CityEducation, "440100");

    [Theory]
    [InlineData(UnionKind.Provincial, "440000", null, true)]
    [InlineData(UnionKind.CityEducation, "440300", "province", true)]
    [InlineData(UnionKind.DirectlyAffiliated, "440106", "province", true)]
    [InlineData(UnionKind.CountyEducation, "440106", "guangzhou", true)]
    [InlineData(UnionKind.Provincial, "440100", null, false)]          // not a province code
    [InlineData(UnionKind.CityEducation, "440000", "province", false)] // a province is not a city
    [InlineData(UnionKind.CityEducation, "450100", "province", false)] // outside the province
    [InlineData(UnionKind.CountyEducation, "440300", "guangzhou", false)] // a city code, not a county
    [InlineData(UnionKind.CountyEducation, "440306", "guangzhou", false)] // a county of another city
    [InlineData(UnionKind.CountyEducation, "440106", "province", false)]  // counties sit under cities
    [InlineData(UnionKind.CityEducation, "440300", null, false)]          // only the root has no parent
    [InlineData(UnionKind.Provincial, "440000", "province", false)]       // the root has no parent
    public void Placement_follows_the_tree_and_the_region_codes(UnionKind kind, string regionCode, string? parent, bool allowed)
    {
        var violations = new FieldViolations();

        UnionRules.CheckPlacement(kind, regionCode, parent switch { "province" => Province, "guangzhou" => Guangzhou, _ => null }, violations);

        Assert.Equal(allowed, violations.IsEmpty);
    }

    [Theory]
    [InlineData("440100", true)]
    [InlineData("44010", false)]
    [InlineData("44010a", false)]
    [InlineData("000000", false)]
    public void Region_codes_have_six_digits(string code, bool valid) => Assert.Equal(valid, UnionRules.IsRegionCode(code));

    private static Union Node(UnionKind kind, string region) =>
        new() { Id = Guid.NewGuid(), Path = "/", Name = region, Kind = kind, RegionCode = region };
}

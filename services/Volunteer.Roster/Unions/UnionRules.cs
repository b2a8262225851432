using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Unions;

/// <summary>
/// Where a union may sit in the tree and what its fields may hold. Region codes are GB/T 2260:
/// "PP0000" a province, "PPCC00" a prefecture-level city, "PPCCDD" a county or district.
/// </summary>
public static class UnionRules
{
    public const int NameMaxLength = 100;
    public const int ContactNameMaxLength = 50;
    public const int SecondOfLevelReasonMaxLength = 500;
    public const int MaxTeamTarget = 10_000;
    public const int MaxPeopleTarget = 100_000;

    public static void CheckName(string name, FieldViolations violations, string field = "name")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            violations.Add(field, FieldTexts.Required);
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            violations.Add(field, FieldTexts.AtMostCharacters(NameMaxLength));
        }
    }

    public static void CheckTargets(int teams, int people, FieldViolations violations, string field = "targets")
    {
        if (teams is < 0 or > MaxTeamTarget)
        {
            violations.Add($"{field}.teams", FieldTexts.Between(0, MaxTeamTarget));
        }

        if (people is < 0 or > MaxPeopleTarget)
        {
            violations.Add($"{field}.people", FieldTexts.Between(0, MaxPeopleTarget));
        }
    }

    public static bool IsRegionCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit) && code[..2] != "00";

    /// <summary>The kind fixes the parent's kind and how the region code nests in the parent's.</summary>
    public static void CheckPlacement(UnionKind kind, string regionCode, Union? parent, FieldViolations violations)
    {
        var expectedParent = kind switch
        {
            UnionKind.Provincial => (UnionKind?)null,
            UnionKind.CountyEducation => UnionKind.CityEducation,
            _ => UnionKind.Provincial,
        };
        if (parent?.Kind != expectedParent)
        {
            violations.Add("parent_id", expectedParent is null
                ? "须为空：省总工会是最上级工会"
                : $"{UnionKindLabels.Of(kind)}的上级须为{UnionKindLabels.Of(expectedParent.Value)}");
            return;
        }

        var (shape, sharedDigits) = kind switch
        {
            UnionKind.Provincial => (regionCode.EndsWith("0000", StringComparison.Ordinal), 0),
            UnionKind.CityEducation => (regionCode.EndsWith("00", StringComparison.Ordinal) && !regionCode.EndsWith("0000", StringComparison.Ordinal), 2),
            UnionKind.CountyEducation => (!regionCode.EndsWith("00", StringComparison.Ordinal), 4),
            _ => (true, 2),
        };
        if (!shape)
        {
            violations.Add("region_code", kind switch
            {
                UnionKind.Provincial => "须为省级行政区划代码（以0000结尾）",
                UnionKind.CityEducation => "须为地级市行政区划代码（以00结尾，但不以0000结尾）",
                _ => "须为县（区）级行政区划代码（不以00结尾）",
            });
        }
        else if (parent is not null && regionCode[..sharedDigits] != parent.RegionCode[..sharedDigits])
        {
            violations.Add("region_code", $"须在上级工会所在地区{parent.RegionCode}之内");
        }
    }
}

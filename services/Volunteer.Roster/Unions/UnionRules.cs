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
            violations.Add(field, "is required");
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            violations.Add(field, $"must be at most {NameMaxLength} characters");
        }
    }

    public static void CheckTargets(int teams, int people, FieldViolations violations, string field = "targets")
    {
        if (teams is < 0 or > MaxTeamTarget)
        {
            violations.Add($"{field}.teams", $"must be between 0 and {MaxTeamTarget}");
        }

        if (people is < 0 or > MaxPeopleTarget)
        {
            violations.Add($"{field}.people", $"must be between 0 and {MaxPeopleTarget}");
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
                ? "must be empty: the provincial union is the root"
                : $"must be a union of kind {expectedParent} for a {kind} union");
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
                UnionKind.Provincial => "must be a province code (ending in 0000)",
                UnionKind.CityEducation => "must be a prefecture-level city code (ending in 00, not 0000)",
                _ => "must be a county or district code (not ending in 00)",
            });
        }
        else if (parent is not null && regionCode[..sharedDigits] != parent.RegionCode[..sharedDigits])
        {
            violations.Add("region_code", $"must lie within the parent union's region {parent.RegionCode}");
        }
    }
}

namespace Volunteer.Roster.Identity;

/// <summary>
/// Province-level prefixes of administrative division codes (GB/T 2260), plus 71, 81 and 82, which
/// Taiwan, Hong Kong and Macao residents carry on their mainland cards and residence permits.
/// </summary>
internal static class ProvinceCodes
{
    public static bool IsKnown(int code) => code switch
    {
        >= 11 and <= 15 => true, // North: Beijing .. Inner Mongolia
        >= 21 and <= 23 => true, // Northeast
        >= 31 and <= 37 => true, // East
        >= 41 and <= 46 => true, // Central-South, including 44 Guangdong
        >= 50 and <= 54 => true, // Southwest
        >= 61 and <= 65 => true, // Northwest
        71 or 81 or 82 => true,
        _ => false,
    };
}

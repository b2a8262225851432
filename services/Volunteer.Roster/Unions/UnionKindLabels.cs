namespace Volunteer.Roster.Unions;

/// <summary>The Chinese name of each kind of union, as refusals name them.</summary>
internal static class UnionKindLabels
{
    public static string Of(UnionKind kind) => kind switch
    {
        UnionKind.Provincial => "省总工会",
        UnionKind.CityEducation => "市教育工会",
        UnionKind.CountyEducation => "县（区）教育工会",
        _ => "直属基层工会",
    };
}

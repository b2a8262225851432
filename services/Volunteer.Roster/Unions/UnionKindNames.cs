namespace Volunteer.Roster.Unions;

internal static class UnionKindNames
{
    /// <summary>The event's kind names, stable across renames of the enum.</summary>
    public static string EventName(this UnionKind kind) => kind switch
    {
        UnionKind.Provincial => "provincial",
        UnionKind.CityEducation => "city-education",
        UnionKind.CountyEducation => "county-education",
        _ => "directly-affiliated",
    };
}

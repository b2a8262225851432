namespace Volunteer.Roster.Unions;

/// <summary>Levels of union in the campaign (see the proto's UnionKind for the Chinese names).</summary>
public enum UnionKind
{
    Provincial = 1,
    CityEducation = 2,
    CountyEducation = 3,
    DirectlyAffiliated = 4,
}

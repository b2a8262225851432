using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>One union of the demo tree; Key is stable across runs and makes the create request idempotent.</summary>
/// <param name="ParentKey">Null for the provincial union.</param>
public sealed record UnionSpec(string Key, string? ParentKey, string Name, UnionKind Kind, string RegionCode, int TeamTarget, int PeopleTarget);

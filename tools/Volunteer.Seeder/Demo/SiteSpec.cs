using Volunteer.Contracts.Activity.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>An assistance site: Key is stable across runs and makes its registration idempotent.</summary>
public sealed record SiteSpec(string Key, string UnionKey, string Name, SiteKind Kind, string RegionCode, AssistanceMode Mode, string Town);

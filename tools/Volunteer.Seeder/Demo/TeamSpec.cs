using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>A service team and its people: the first member captains it, the second is a union cadre.</summary>
public sealed record TeamSpec(string Key, string UnionKey, string Name, TeamSpecialty Specialty, IReadOnlyList<PersonSpec> Members);

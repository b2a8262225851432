namespace Volunteer.Seeder.Demo;

/// <summary>A fictitious staff volunteer: a plausible name and a well-formed ID number that belongs to no one on purpose.</summary>
public sealed record PersonSpec(
    string Key,
    string UnionKey,
    string Name,
    string IdNumber,
    bool Male,
    DateOnly BirthDate,
    string Phone,
    string Employer,
    string Profession,
    IReadOnlyList<string> Skills,
    bool Doctor,
    bool ModelWorker,
    bool SafetyTrained);

using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Volunteers;

/// <summary>A checked volunteer search: the page and subtree, and each filter that is set (null when not).</summary>
public sealed record VolunteerListQuery(
    UnionScopedPage Page,
    string? Skill,
    HonourKind? Honour,
    VettingState? Vetting,
    Guid? TeamId,
    TeamSpecialty? TeamSpecialty);

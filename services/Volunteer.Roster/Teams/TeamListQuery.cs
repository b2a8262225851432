using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Teams;

/// <summary>A checked team list request: the page and subtree, and a status when only one is wanted.</summary>
public sealed record TeamListQuery(UnionScopedPage Page, TeamStatus? Status);

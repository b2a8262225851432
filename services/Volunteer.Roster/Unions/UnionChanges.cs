namespace Volunteer.Roster.Unions;

/// <summary>A checked change to a union: each part that is null stays as it is.</summary>
public sealed record UnionChanges(Guid Id, string? Name, UnionContact? Contact, UnionTargets? Targets);

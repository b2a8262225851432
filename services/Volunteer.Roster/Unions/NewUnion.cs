namespace Volunteer.Roster.Unions;

/// <summary>
/// A checked request to register a union; where it may sit in the tree is checked against its parent.
/// </summary>
public sealed record NewUnion(
    string? RequestId,
    Guid? ParentId,
    string Name,
    UnionKind Kind,
    string RegionCode,
    UnionContact Contact,
    UnionTargets Targets);

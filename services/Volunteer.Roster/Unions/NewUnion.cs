namespace Volunteer.Roster.Unions;

/// <summary>
/// A checked request to register a union; where it may sit in the tree is checked against its parent.
/// </summary>
/// <param name="SecondOfLevelReason">Why the province registers a second education union of a level and region.</param>
public sealed record NewUnion(
    string? RequestId,
    Guid? ParentId,
    string Name,
    UnionKind Kind,
    string RegionCode,
    UnionContact Contact,
    UnionTargets Targets,
    string? SecondOfLevelReason = null);

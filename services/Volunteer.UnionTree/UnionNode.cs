namespace Volunteer.UnionTree;

/// <summary>One union as roster registered it: enough to place it in the tree and name it.</summary>
public sealed class UnionNode
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    /// <summary>provincial, city-education, county-education or directly-affiliated.</summary>
    public required string Kind { get; set; }

    public required string RegionCode { get; set; }
}

namespace Volunteer.Reporting.ReadModels;

/// <summary>A union's share of 百队千人 as roster registered it; the tree itself is the shared union_nodes.</summary>
public sealed class UnionTarget
{
    public Guid UnionId { get; set; }

    public int TeamTarget { get; set; }

    public int PeopleTarget { get; set; }

    /// <summary>When roster first registered the union: its digests cover no period that ended before.</summary>
    public DateTimeOffset? RegisteredAt { get; set; }
}

namespace Volunteer.Roster.Unions;

/// <summary>A union in the campaign's tree.</summary>
public sealed class Union
{
    public Guid Id { get; init; }

    public Guid? ParentId { get; init; }

    /// <summary>Ids (32 hex digits each) from the provincial union down to this one, slash-separated and slash-ended: a subtree is a prefix match.</summary>
    public required string Path { get; init; }

    public required string Name { get; set; }

    public UnionKind Kind { get; init; }

    public required string RegionCode { get; init; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public int TeamTarget { get; set; }

    public int PeopleTarget { get; set; }

    /// <summary>Why the province registered it beside another education union of its level and region; else null.</summary>
    public string? SecondOfLevelReason { get; init; }

    /// <summary>The create request's client key; a retry with the same key finds this union.</summary>
    public string? RequestId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string ChildPath(string? parentPath, Guid id) => $"{parentPath ?? "/"}{id:N}/";
}

namespace Volunteer.Activity.Sites;

/// <summary>An assistance site (帮扶对象) a union registered.</summary>
public sealed class Site
{
    /// <summary>How errors name a site (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Site";

    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    public required string Name { get; init; }

    public SiteKind Kind { get; init; }

    public required string RegionCode { get; init; }

    public AssistanceMode Mode { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? RequestId { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }
}

namespace Volunteer.Activity.Sites;

/// <summary>An assistance site (帮扶对象) a union registered.</summary>
public sealed partial class Site
{
    /// <summary>How errors name a site (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Site";

    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    public required string Name { get => _name; init => _name = value; }

    public SiteKind Kind { get => _kind; init => _kind = value; }

    public required string RegionCode { get => _regionCode; init => _regionCode = value; }

    public AssistanceMode Mode { get => _mode; init => _mode = value; }

    public string? ContactName { get => _contactName; init => _contactName = value; }

    public string? ContactPhone { get => _contactPhone; init => _contactPhone = value; }

    public string? RequestId { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }
}

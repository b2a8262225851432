namespace Volunteer.Activity.Sites;

/// <summary>A site's need (服务需求): verified by a union before a team is matched to it.</summary>
public sealed class Need
{
    /// <summary>How errors name a need (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Need";

    public Guid Id { get; init; }

    public Guid SiteId { get; init; }

    public Guid UnionId { get; init; }

    public required string Title { get; init; }

    public ServiceDomain Domain { get; init; }

    public List<string> Skills { get; init; } = [];

    public DateOnly WishedFrom { get; init; }

    public DateOnly WishedTo { get; init; }

    public required string RiskStatement { get; init; }

    public NeedStatus Status { get; set; } = NeedStatus.Registered;

    public Guid? MatchedTeamId { get; set; }

    public string? RequestId { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? VerifiedAt { get; set; }
}

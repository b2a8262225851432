namespace Volunteer.Activity.Sites;

/// <summary>A site's need (服务需求): verified by a union before a team is matched to it.</summary>
public sealed partial class Need
{
    /// <summary>How errors name a need (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Need";

    public Guid Id { get; init; }

    public Guid SiteId { get; init; }

    public Guid UnionId { get; init; }

    public required string Title { get => _title; init => _title = value; }

    public ServiceDomain Domain { get => _domain; init => _domain = value; }

    public List<string> Skills { get => _skills; init => _skills = value; }

    public DateOnly WishedFrom { get => _wishedFrom; init => _wishedFrom = value; }

    public DateOnly WishedTo { get => _wishedTo; init => _wishedTo = value; }

    public required string RiskStatement { get => _riskStatement; init => _riskStatement = value; }

    public NeedStatus Status { get; set; } = NeedStatus.Registered;

    public Guid? MatchedTeamId { get; set; }

    public string? RequestId { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? VerifiedAt { get; set; }
}

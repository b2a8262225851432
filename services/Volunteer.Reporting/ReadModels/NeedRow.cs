namespace Volunteer.Reporting.ReadModels;

/// <summary>A site's need and the teams matched to it (empty until 服务对接).</summary>
public sealed class NeedRow
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public Guid UnionId { get; set; }

    public string Title { get; set; } = "";

    public string Domain { get; set; } = "";

    /// <summary>When the newest edit (NeedUpdated) was made; null while the need is as registered.</summary>
    public DateTimeOffset? RevisedAt { get; set; }

    public List<Guid> MatchedTeamIds { get; set; } = [];
}

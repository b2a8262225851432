namespace Volunteer.Reporting.ReadModels;

/// <summary>An assistance site (帮扶对象).</summary>
public sealed class SiteRow
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    public required string RegionCode { get; set; }

    public required string Mode { get; set; }

    /// <summary>When the newest edit (SiteUpdated) was made; null while the site is as registered.</summary>
    public DateTimeOffset? RevisedAt { get; set; }
}

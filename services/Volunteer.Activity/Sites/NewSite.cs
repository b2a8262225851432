namespace Volunteer.Activity.Sites;

/// <summary>A site registration parsed at the edge, texts trimmed; contacts are null when not given.</summary>
/// <param name="RequestId">The client's retry key; null when none was given.</param>
public sealed record NewSite(
    string? RequestId,
    Guid UnionId,
    string Name,
    SiteKind Kind,
    string RegionCode,
    AssistanceMode Mode,
    string? ContactName,
    string? ContactPhone);

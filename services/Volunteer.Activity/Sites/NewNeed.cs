namespace Volunteer.Activity.Sites;

/// <summary>A need registration parsed at the edge: texts trimmed, skills distinct, wished days in order.</summary>
/// <param name="RequestId">The client's retry key; null when none was given.</param>
public sealed record NewNeed(
    string? RequestId,
    Guid SiteId,
    string Title,
    ServiceDomain Domain,
    List<string> Skills,
    DateOnly WishedFrom,
    DateOnly WishedTo,
    string RiskStatement);

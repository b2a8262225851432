namespace Volunteer.Activity.Sites;

/// <summary>A team proposed for a need, with its score and the reasons for it (see <see cref="MatchScore"/>).</summary>
public sealed record TeamSuggestion(
    Guid TeamId, string TeamName, Guid UnionId, int Score, IReadOnlyList<string> Reasons);

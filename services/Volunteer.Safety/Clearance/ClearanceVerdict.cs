using System.Text.Json;
using Volunteer.Contracts.Events;

namespace Volunteer.Safety.Clearance;

/// <summary>Cleared, or blocked with every reason, in a fixed order so equal verdicts compare equal.</summary>
public sealed record ClearanceVerdict(IReadOnlyList<ClearanceReason> Reasons)
{
    public bool Cleared => Reasons.Count == 0;

    /// <summary>The reasons as stored beside the activity; two verdicts are the same when these are equal.</summary>
    public string Serialize() => JsonSerializer.Serialize(Reasons, JsonSerializerOptions.Web);

    public static IReadOnlyList<ClearanceReason> Deserialize(string reasons) =>
        JsonSerializer.Deserialize<List<ClearanceReason>>(reasons, JsonSerializerOptions.Web) ?? [];
}

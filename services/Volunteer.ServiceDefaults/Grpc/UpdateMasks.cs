using Google.Protobuf.WellKnownTypes;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>The paths of an update mask, each one a field that may be changed.</summary>
public static class UpdateMasks
{
    /// <summary>The named paths, or <paramref name="whenEmpty"/>; unknown or too many paths are violations.</summary>
    public static HashSet<string> Paths(
        FieldMask? mask, IReadOnlyCollection<string> changeable, IEnumerable<string> whenEmpty,
        FieldViolations violations)
    {
        var paths = mask?.Paths.Count > 0 ? mask.Paths.ToHashSet() : whenEmpty.ToHashSet();
        // One violation per unknown path: a bounded list keeps the answer small however large the mask.
        if (mask?.Paths.Count > changeable.Count)
        {
            violations.Add("update_mask",
                $"最多列出 {changeable.Count} 个要修改的字段：{string.Join(", ", changeable)}");
            return [];
        }

        foreach (var unknown in paths.Except(changeable))
        {
            violations.Add("update_mask", FieldRules.Trimmed(unknown)?.Length > 40
                ? "含有不可修改的字段"
                : $"字段“{unknown}”不可修改；可修改：{string.Join(", ", changeable)}");
        }

        return paths;
    }
}

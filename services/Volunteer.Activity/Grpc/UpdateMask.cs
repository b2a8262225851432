using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads an update request's mask, and names the fields of the changes message it points into.</summary>
internal static class UpdateMask
{
    /// <summary>The paths named; an empty mask, too many paths or one that cannot change are violations.</summary>
    public static HashSet<string> Paths(
        FieldMask? mask, IReadOnlyCollection<string> changeable, FieldViolations violations)
    {
        if (mask is null || mask.Paths.Count == 0)
        {
            violations.Add("update_mask", $"须列出 1 至 {changeable.Count} 个要修改的字段：{string.Join(", ", changeable)}");
            return [];
        }

        return UpdateMasks.Paths(mask, changeable, whenEmpty: [], violations);
    }

    /// <summary>
    /// Runs a check written for the create request on the merged values, naming each bad field inside
    /// the update request's changes message (e.g. "activity.ends_on").
    /// </summary>
    public static T Within<T>(string message, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (InvalidRequestException e)
        {
            throw new InvalidRequestException([.. e.Problems.Select(p => p with { Field = $"{message}.{p.Field}" })]);
        }
    }
}

using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>Reads the text values at a proto field path ("team_ids", "union.id") of a request.</summary>
internal static class RequestFields
{
    public static IReadOnlyList<string> ValuesAt(IMessage message, string path)
    {
        IMessage? current = message;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1 && current is not null; i++)
        {
            current = Field(current.Descriptor, parts[i]).Accessor.GetValue(current) as IMessage;
        }

        if (current is null)
        {
            return [""];
        }

        return Field(current.Descriptor, parts[^1]).Accessor.GetValue(current) switch
        {
            IList list => [.. list.Cast<object>().Select(v => v.ToString() ?? "")],
            var value => [value?.ToString() ?? ""],
        };
    }

    /// <summary>Whether the path names a string field (or a list of them) of the message type.</summary>
    public static bool IsTextPath(MessageDescriptor descriptor, string path)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var field = descriptor.FindFieldByName(parts[i]);
            if (field is null)
            {
                return false;
            }

            if (i == parts.Length - 1)
            {
                return field.FieldType == FieldType.String;
            }

            if (field.FieldType != FieldType.Message || field.IsRepeated)
            {
                return false;
            }

            descriptor = field.MessageType;
        }

        return false;
    }

    private static FieldDescriptor Field(MessageDescriptor descriptor, string name) =>
        descriptor.FindFieldByName(name)
        ?? throw new InvalidOperationException($"{descriptor.FullName} has no field '{name}'.");
}

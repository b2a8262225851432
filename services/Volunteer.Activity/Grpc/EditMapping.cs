using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.History;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class EditMapping
{
    public static Proto.Edit ToProto(this EditRecord edit) => new()
    {
        Id = edit.Id.ToString(),
        Resource = $"{edit.ResourceType}/{edit.ResourceId}",
        Editor = edit.Editor,
        EditorRole = edit.EditorRole,
        EditTime = Timestamp.FromDateTimeOffset(edit.EditedAt),
        Changes =
        {
            edit.Changes.Select(c => new Proto.FieldChange
            {
                Path = c.Path, Before = c.Before, After = c.After, Personal = c.Personal,
            }),
        },
    };
}

using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.History;

/// <summary>One kept edit of an activity, site or need: who, as what, when, and each field changed.</summary>
public sealed class EditRecord : ITimeOrdered
{
    public Guid Id { get; init; }

    /// <summary>The proto type of the thing edited, e.g. volunteer.activity.v1.Activity.</summary>
    public required string ResourceType { get; init; }

    public Guid ResourceId { get; init; }

    public Guid UnionId { get; init; }

    /// <summary>The editor's token subject (an account id, no personal data).</summary>
    public required string Editor { get; init; }

    public required string EditorRole { get; init; }

    public DateTimeOffset EditedAt { get; init; }

    public List<FieldChange> Changes { get; init; } = [];
}

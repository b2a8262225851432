using Google.Rpc;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Collects every problem of a request before answering, so the caller learns them all at once
/// (field names as in the proto, snake_case, with dots for nested fields).
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    /// <summary>
    /// An id field (a UUID): null when empty, which is a violation when required, or when malformed,
    /// which always is.
    /// </summary>
    public Guid? Id(string value, string field, bool required = true)
    {
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        if (value.Length > 0 || required)
        {
            Add(field, value.Length == 0 ? "is required" : "must be an id (UUID)");
        }

        return null;
    }

    /// <summary>Throws INVALID_ARGUMENT listing every violation, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw RpcErrors.InvalidArgument(_violations);
        }
    }
}

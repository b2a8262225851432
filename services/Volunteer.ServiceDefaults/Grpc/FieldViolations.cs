using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Collects every problem of a request before answering, so the caller learns them all at once
/// (field names as in the proto, snake_case, with dots for nested fields).
/// </summary>
public sealed class FieldViolations
{
    private readonly List<FieldProblem> _violations = [];

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<FieldProblem> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new FieldProblem(field, description));
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
            Add(field, value.Length == 0 ? FieldTexts.Required : FieldTexts.Id);
        }

        return null;
    }

    /// <summary>Throws an invalid request listing every violation, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidRequestException([.. _violations]);
        }
    }
}

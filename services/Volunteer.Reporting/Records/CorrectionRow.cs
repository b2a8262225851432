using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Records;

/// <summary>
/// A volunteer's request to correct their record (§12–13) and the union's resolution. Rows are never
/// deleted, so the history of requests stays with the record.
/// </summary>
public sealed class CorrectionRow
{
    public Guid Id { get; set; }

    public Guid VolunteerId { get; set; }

    /// <summary>The volunteer's union when filed: whose admins resolve it.</summary>
    public Guid UnionId { get; set; }

    public Guid? ActivityId { get; set; }

    public required string Reason { get; set; }

    /// <summary>open, accepted or rejected.</summary>
    public required string Status { get; set; }

    public string Resolution { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public required string RequestedBy { get; set; }

    public required string RequestId { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string ResolvedBy { get; set; } = "";

    public bool IsOpen => Status == CorrectionMapping.Open;

    /// <summary>Closes the request, once: accepted when the record was fixed, or rejected saying why not.</summary>
    public void Resolve(bool accepted, string resolution, string resolvedBy, DateTimeOffset resolvedAt)
    {
        if (!IsOpen)
        {
            throw new RuleBrokenException(
                "CORRECTION_ALREADY_RESOLVED", Id.ToString(), "该更正申请已处理。");
        }

        Status = accepted ? CorrectionMapping.Accepted : CorrectionMapping.Rejected;
        Resolution = resolution;
        ResolvedAt = resolvedAt;
        ResolvedBy = resolvedBy;
    }
}

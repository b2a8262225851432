using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

public static class CorrectionMapping
{
    public const string Open = "open";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static Proto.RecordCorrection ToProto(this CorrectionRow c) => new()
    {
        Id = c.Id.ToString(),
        VolunteerId = c.VolunteerId.ToString(),
        ActivityId = c.ActivityId?.ToString() ?? "",
        Reason = c.Reason,
        Status = c.Status switch
        {
            Open => Proto.CorrectionStatus.Open,
            Accepted => Proto.CorrectionStatus.Accepted,
            _ => Proto.CorrectionStatus.Rejected,
        },
        Resolution = c.Resolution,
        RequestedAt = Timestamp.FromDateTimeOffset(c.RequestedAt),
        ResolvedAt = c.ResolvedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        ResolvedBy = c.ResolvedBy,
    };
}

namespace Volunteer.Reporting.Records;

/// <summary>A volunteer's request to correct their record, optionally about one activity.</summary>
public sealed record CorrectionFiling(string RequestId, Guid VolunteerId, Guid? ActivityId, string Reason);

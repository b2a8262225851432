namespace Volunteer.Reporting.Records;

/// <summary>An admin's answer to a correction request: accepted or not, and what was done.</summary>
public sealed record CorrectionResolution(Guid CorrectionId, bool Accepted, string Resolution);

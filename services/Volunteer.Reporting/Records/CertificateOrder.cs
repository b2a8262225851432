namespace Volunteer.Reporting.Records;

/// <summary>A certificate asked for: the volunteer and the period of service it states.</summary>
public sealed record CertificateOrder(string RequestId, Guid VolunteerId, DateOnly Start, DateOnly End);

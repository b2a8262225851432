namespace Volunteer.Reporting.Records;

/// <summary>A certificate to withdraw: the volunteer it was issued to (whom the edge has scoped), its number, why.</summary>
public sealed record CertificateRevocation(Guid VolunteerId, string Number, string Reason);

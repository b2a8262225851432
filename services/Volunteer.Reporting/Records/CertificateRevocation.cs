namespace Volunteer.Reporting.Records;

/// <summary>A certificate to withdraw: its volunteer (whom the edge has scoped), its number, and why.</summary>
public sealed record CertificateRevocation(Guid VolunteerId, string Number, string Reason);

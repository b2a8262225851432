namespace Volunteer.Reporting.Records;

/// <summary>A certificate with the verification code printed on it.</summary>
public sealed record IssuedCertificate(CertificateRow Certificate, string Code);

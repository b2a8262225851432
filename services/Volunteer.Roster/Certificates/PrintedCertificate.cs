using Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Roster.Certificates;

/// <summary>What a printed certificate states: reporting's certificate, the person as only roster knows them.</summary>
public sealed record PrintedCertificate(
    Certificate Certificate, string FullName, string IdType, string MaskedIdNumber, string NationalNumber);

namespace Volunteer.Reporting.Cases;

/// <summary>A completed activity put forward as a typical case, with its story and the consent given.</summary>
public sealed record CaseNomination(
    string RequestId, Guid ActivityId, string Story, string Innovation, string Results, PublicityConsent Consent);

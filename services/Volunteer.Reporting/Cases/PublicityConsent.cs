namespace Volunteer.Reporting.Cases;

/// <summary>Who agreed to be named or pictured when a typical case is made public.</summary>
public sealed record PublicityConsent(
    bool VolunteersNamed, bool VolunteersPictured, bool BeneficiariesNamed, bool BeneficiariesPictured);

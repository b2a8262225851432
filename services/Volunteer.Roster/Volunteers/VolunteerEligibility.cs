namespace Volunteer.Roster.Volunteers;

/// <summary>
/// One volunteer's answer: the facts, and the reasons (codes) that keep them out; eligible when there are none.
/// </summary>
public sealed record VolunteerEligibility(
    Guid VolunteerId,
    bool Exists,
    bool Approved,
    bool Consented,
    string LicenceKind,
    bool LicenceValid,
    bool MedicalLicenceValid,
    bool TeamMember,
    IReadOnlyList<string> Reasons)
{
    public bool Eligible => Reasons.Count == 0;
}

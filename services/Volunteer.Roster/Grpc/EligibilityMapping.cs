using Volunteer.Roster.Volunteers;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class EligibilityMapping
{
    public static Proto.VolunteerEligibility ToProto(this VolunteerEligibility answer) => new()
    {
        VolunteerId = answer.VolunteerId.ToString(),
        Exists = answer.Exists,
        Approved = answer.Approved,
        Consented = answer.Consented,
        LicenceKind = answer.LicenceKind,
        LicenceValid = answer.LicenceValid,
        MedicalLicenceValid = answer.MedicalLicenceValid,
        TeamMember = answer.TeamMember,
        Reasons = { answer.Reasons },
        Eligible = answer.Eligible,
    };
}

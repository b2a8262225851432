using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Cases;

public static class CaseMapping
{
    public static Proto.TypicalCase ToProto(this TypicalCaseRow c) => new()
    {
        Id = c.Id.ToString(),
        ActivityId = c.ActivityId.ToString(),
        ActivityName = c.ActivityName,
        UnionId = c.UnionId.ToString(),
        Story = c.Story,
        Innovation = c.Innovation,
        Results = c.Results,
        Consent = new Proto.CaseConsent
        {
            VolunteersNamed = c.VolunteersNamed,
            VolunteersPictured = c.VolunteersPictured,
            BeneficiariesNamed = c.BeneficiariesNamed,
            BeneficiariesPictured = c.BeneficiariesPictured,
        },
        MarkedAt = Timestamp.FromDateTimeOffset(c.MarkedAt),
        Public = c.IsPublic,
    };
}

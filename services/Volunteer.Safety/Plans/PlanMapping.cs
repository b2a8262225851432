using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Plans;

public static class PlanMapping
{
    public static Proto.SafetyPlan ToProto(this SafetyPlan plan) => new()
    {
        Id = plan.Id.ToString(),
        ActivityId = plan.ActivityId.ToString(),
        UnionId = plan.UnionId.ToString(),
        Status = (Proto.SafetyPlanStatus)plan.Status,
        ResponsiblePerson = new Proto.ResponsiblePerson
        {
            Name = plan.ResponsibleName,
            VolunteerId = plan.ResponsibleVolunteerId?.ToString() ?? "",
            Role = plan.ResponsibleRole,
        },
        Risks = { plan.Risks },
        Measures = { plan.Measures },
        EmergencyContacts =
        {
            plan.EmergencyContacts.Select(c => new Proto.EmergencyContact
            {
                Name = c.Name, Role = c.Role, Phone = c.MaskedPhone ?? "",
            }),
        },
        NearestMedicalFacility = new Proto.MedicalFacility
        {
            Name = plan.FacilityName,
            Address = plan.FacilityAddress,
            DistanceKm = plan.FacilityDistanceKm,
            Phone = plan.FacilityPhone,
        },
        Author = plan.Author,
        Approver = plan.Approver ?? "",
        ReturnReason = plan.ReturnReason ?? "",
        UpdateTime = Timestamp.FromDateTimeOffset(plan.UpdatedAt),
        SubmitTime = plan.SubmittedAt is { } submitted ? Timestamp.FromDateTimeOffset(submitted) : null,
        ReviewTime = plan.ReviewedAt is { } reviewed ? Timestamp.FromDateTimeOffset(reviewed) : null,
    };
}

using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Plans;

/// <summary>What a plan may hold when saved, and what it must hold to be submitted.</summary>
public static class PlanRules
{
    public const int MaxEntries = 50;
    public const int MaxContacts = 20;

    /// <summary>Copies the content of a request into the plan, naming every bad field.</summary>
    public static void Apply(Proto.SafetyPlan given, SafetyPlan plan)
    {
        var violations = new FieldViolations();
        var responsible = given.ResponsiblePerson ?? new Proto.ResponsiblePerson();
        var facility = given.NearestMedicalFacility ?? new Proto.MedicalFacility();
        plan.ResponsibleName = FieldRules.Text(responsible.Name, 50, "plan.responsible_person.name", violations, required: false);
        plan.ResponsibleVolunteerId = violations.Id(responsible.VolunteerId, "plan.responsible_person.volunteer_id", required: false);
        plan.ResponsibleRole = FieldRules.Text(responsible.Role, 50, "plan.responsible_person.role", violations, required: false);
        plan.Risks = Entries(given.Risks, "plan.risks", violations);
        plan.Measures = Entries(given.Measures, "plan.measures", violations);
        if (given.EmergencyContacts.Count > MaxContacts)
        {
            violations.Add("plan.emergency_contacts", $"must hold at most {MaxContacts} contacts");
        }

        plan.EmergencyContacts = [.. given.EmergencyContacts.Select((c, i) => new EmergencyContact
        {
            Name = FieldRules.Text(c.Name, 50, $"plan.emergency_contacts[{i}].name", violations),
            Role = FieldRules.Text(c.Role, 50, $"plan.emergency_contacts[{i}].role", violations),
        })];
        plan.FacilityName = FieldRules.Text(facility.Name, 100, "plan.nearest_medical_facility.name", violations, required: false);
        plan.FacilityAddress = FieldRules.Text(facility.Address, 200, "plan.nearest_medical_facility.address", violations, required: false);
        if (!(facility.DistanceKm is >= 0 and <= 10_000))
        {
            violations.Add("plan.nearest_medical_facility.distance_km", "must be between 0 and 10000");
        }

        plan.FacilityDistanceKm = facility.DistanceKm;
        violations.ThrowIfAny();
    }

    /// <summary>A plan is reviewed only when it says who is responsible, what could go wrong and what to do then.</summary>
    public static void DemandComplete(SafetyPlan plan)
    {
        var violations = new FieldViolations();
        if (!plan.ResponsibleNamed)
        {
            violations.Add("plan.responsible_person.name", "is required to submit");
        }

        if (plan.Risks.Count == 0)
        {
            violations.Add("plan.risks", "needs at least one risk to submit");
        }

        if (plan.Measures.Count == 0)
        {
            violations.Add("plan.measures", "needs at least one measure to submit");
        }

        if (plan.EmergencyContacts.Count == 0)
        {
            violations.Add("plan.emergency_contacts", "needs at least one contact to submit");
        }

        if (plan.FacilityName.Length == 0)
        {
            violations.Add("plan.nearest_medical_facility.name", "is required to submit");
        }

        violations.ThrowIfAny();
    }

    private static List<string> Entries(IReadOnlyList<string> values, string field, FieldViolations violations)
    {
        if (values.Count > MaxEntries)
        {
            violations.Add(field, $"must hold at most {MaxEntries} entries");
        }

        return [.. values.Select((v, i) => FieldRules.Text(v, 500, $"{field}[{i}]", violations))];
    }
}

using Volunteer.Safety.Plans;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.PersonalData;
using Proto = Volunteer.Contracts.Safety.V1;

namespace Volunteer.Safety.Grpc;

/// <summary>Reads safety plan requests, naming every bad field by its proto name before anything runs.</summary>
public static class PlanValidation
{
    public const int MaxEntries = 50;
    public const int MaxContacts = 20;

    public static ValidSafetyPlan Save(Proto.SaveSafetyPlanRequest request)
    {
        var given = request.Plan ?? new Proto.SafetyPlan();
        var violations = new FieldViolations();
        var activityId = violations.Id(given.ActivityId, "plan.activity_id");
        var responsible = given.ResponsiblePerson ?? new Proto.ResponsiblePerson();
        var facility = given.NearestMedicalFacility ?? new Proto.MedicalFacility();
        var responsibleName = FieldRules.Text(
            responsible.Name, 50, "plan.responsible_person.name", violations, required: false);
        var responsibleVolunteerId = violations.Id(
            responsible.VolunteerId, "plan.responsible_person.volunteer_id", required: false);
        var responsibleRole = FieldRules.Text(
            responsible.Role, 50, "plan.responsible_person.role", violations, required: false);
        var risks = Entries(given.Risks, "plan.risks", violations);
        var measures = Entries(given.Measures, "plan.measures", violations);
        if (given.EmergencyContacts.Count > MaxContacts)
        {
            violations.Add("plan.emergency_contacts", $"最多{MaxContacts}位联系人");
        }

        List<ValidEmergencyContact> contacts = [.. given.EmergencyContacts.Select((c, i) => new ValidEmergencyContact(
            FieldRules.Text(c.Name, 50, $"plan.emergency_contacts[{i}].name", violations),
            FieldRules.Text(c.Role, 50, $"plan.emergency_contacts[{i}].role", violations),
            PhoneFields.Check(c.Phone, $"plan.emergency_contacts[{i}].phone", violations, required: true)!))];
        var facilityName = FieldRules.Text(
            facility.Name, 100, "plan.nearest_medical_facility.name", violations, required: false);
        var facilityAddress = FieldRules.Text(
            facility.Address, 200, "plan.nearest_medical_facility.address", violations, required: false);
        var facilityPhone = PhoneFields.Check(
            facility.Phone, "plan.nearest_medical_facility.phone", violations, required: false);
        if (!(facility.DistanceKm is >= 0 and <= 10_000))
        {
            violations.Add("plan.nearest_medical_facility.distance_km", FieldTexts.Between(0, 10000));
        }

        violations.ThrowIfAny();
        return new ValidSafetyPlan(activityId!.Value, responsibleName, responsibleVolunteerId, responsibleRole,
            risks, measures, contacts, facilityName, facilityAddress, facility.DistanceKm, facilityPhone?.Value ?? "");
    }

    /// <summary>The activity whose plan is returned, and why.</summary>
    public static (Guid ActivityId, string Reason) Return(Proto.ReturnSafetyPlanRequest request)
    {
        var violations = new FieldViolations();
        var reason = FieldRules.Text(request.Reason, 1000, "reason", violations);
        var activityId = violations.Id(request.ActivityId, "activity_id");
        violations.ThrowIfAny();
        return (activityId!.Value, reason);
    }

    private static List<string> Entries(IReadOnlyList<string> values, string field, FieldViolations violations)
    {
        if (values.Count > MaxEntries)
        {
            violations.Add(field, FieldTexts.AtMostEntries(MaxEntries));
        }

        return [.. values.Select((v, i) => FieldRules.Text(v, 500, $"{field}[{i}]", violations))];
    }
}

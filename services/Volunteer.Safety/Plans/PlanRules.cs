using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Safety.Plans;

/// <summary>How checked content enters a plan, and what a plan must hold to be submitted.</summary>
public static class PlanRules
{
    /// <summary>Puts checked content into the plan, the contacts' phones encrypted.</summary>
    public static void Apply(ValidSafetyPlan given, SafetyPlan plan, PersonalDataProtector protector)
    {
        plan.ResponsibleName = given.ResponsibleName;
        plan.ResponsibleVolunteerId = given.ResponsibleVolunteerId;
        plan.ResponsibleRole = given.ResponsibleRole;
        plan.Risks = given.Risks;
        plan.Measures = given.Measures;
        plan.EmergencyContacts = [.. given.EmergencyContacts.Select(contact => new EmergencyContact
        {
            Name = contact.Name,
            Role = contact.Role,
            ProtectedPhone = protector.Encrypt(contact.Phone.Value),
            MaskedPhone = Masking.MaskPhone(contact.Phone.Value),
        })];
        plan.FacilityName = given.FacilityName;
        plan.FacilityAddress = given.FacilityAddress;
        plan.FacilityDistanceKm = given.FacilityDistanceKm;
        plan.FacilityPhone = given.FacilityPhone;
    }

    /// <summary>A plan is reviewed only when it says who is responsible, what could go wrong and what to do then.</summary>
    public static void DemandComplete(SafetyPlan plan)
    {
        var violations = new FieldViolations();
        if (!plan.ResponsibleNamed)
        {
            violations.Add("plan.responsible_person.name", "提交前须填写安全责任人");
        }

        if (plan.Risks.Count == 0)
        {
            violations.Add("plan.risks", "提交前须至少列出一项风险");
        }

        if (plan.Measures.Count == 0)
        {
            violations.Add("plan.measures", "提交前须至少列出一项防范措施");
        }

        if (plan.EmergencyContacts.Count == 0)
        {
            violations.Add("plan.emergency_contacts", "提交前须至少填写一位紧急联系人");
        }

        // Contacts saved before they had phones cannot be called: the plan is saved again with their numbers.
        foreach (var (contact, index) in plan.EmergencyContacts.Select((contact, index) => (contact, index)))
        {
            if (contact.ProtectedPhone is null)
            {
                violations.Add($"plan.emergency_contacts[{index}].phone", "提交前须填写紧急联系人的电话");
            }
        }

        if (plan.FacilityName.Length == 0)
        {
            violations.Add("plan.nearest_medical_facility.name", "提交前须填写最近的医疗机构");
        }

        violations.ThrowIfAny();
    }
}

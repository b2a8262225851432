namespace Volunteer.Safety.Plans;

/// <summary>The parsed, checked content of a plan being saved.</summary>
public sealed record ValidSafetyPlan(
    Guid ActivityId,
    string ResponsibleName,
    Guid? ResponsibleVolunteerId,
    string ResponsibleRole,
    List<string> Risks,
    List<string> Measures,
    List<ValidEmergencyContact> EmergencyContacts,
    string FacilityName,
    string FacilityAddress,
    double FacilityDistanceKm,
    string FacilityPhone);

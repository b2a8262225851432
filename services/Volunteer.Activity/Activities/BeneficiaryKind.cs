namespace Volunteer.Activity.Activities;

/// <summary>Who an activity served; numbered as in the proto's BeneficiaryKind.</summary>
public enum BeneficiaryKind
{
    Students = 1,
    Patients = 2,
    Teachers = 3,
    Villagers = 4,
    MedicalStaff = 5,
    Other = 6,
}

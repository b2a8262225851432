namespace Volunteer.Safety.Plans;

/// <summary>Values match the proto enum.</summary>
public enum SafetyPlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}

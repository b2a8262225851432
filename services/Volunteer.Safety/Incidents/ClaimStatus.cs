namespace Volunteer.Safety.Incidents;

/// <summary>Values match the proto enum.</summary>
public enum ClaimStatus
{
    None = 1,
    Filed = 2,
    Accepted = 3,
    Paid = 4,
    Rejected = 5,
}

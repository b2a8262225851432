namespace Volunteer.Activity.Attendance;

/// <summary>Numbered as in the proto's HoursStatus.</summary>
public enum HoursStatus
{
    Open = 1,
    Counted = 2,
    AwaitingOrganiser = 3,
    AwaitingProvince = 4,
    Approved = 5,
    NotService = 6,
}

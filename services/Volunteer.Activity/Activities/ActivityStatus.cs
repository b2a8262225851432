namespace Volunteer.Activity.Activities;

/// <summary>Numbered as in the proto's ActivityStatus.</summary>
public enum ActivityStatus
{
    Draft = 1,
    Submitted = 2,
    Cleared = 3,
    Blocked = 4,
    InProgress = 5,
    Completed = 6,
    Recorded = 7,
    Cancelled = 8,
}

namespace Volunteer.Activity.Sites;

/// <summary>Numbered as in the proto's NeedStatus.</summary>
public enum NeedStatus
{
    Registered = 1,
    Verified = 2,
    Matched = 3,
}

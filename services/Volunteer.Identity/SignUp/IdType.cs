namespace Volunteer.Identity.SignUp;

/// <summary>The kinds of identity document roster accepts.</summary>
public enum IdType
{
    ResidentIdCard = 1,
    Other = 2,
}

namespace Volunteer.Identity.SignIn;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    NeedsCode,
    NeedsEnrolment,
}

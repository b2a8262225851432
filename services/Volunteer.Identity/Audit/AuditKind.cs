namespace Volunteer.Identity.Audit;

/// <summary>What an audit entry records; the values are the proto's, so mapping is a cast.</summary>
public enum AuditKind
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    SignInLockedOut = 3,
    SecondFactorFailed = 4,
    SecondFactorEnrolled = 5,
    SecondFactorReset = 6,
    RoleGranted = 7,
    RoleRevoked = 8,
    AccountLocked = 9,
    AccountUnlocked = 10,
    AccountCreated = 11,
    SignedUp = 12,
}

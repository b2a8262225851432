namespace Volunteer.Identity.Scope;

/// <summary>Full proto names of identity's things, as NOT_FOUND names them.</summary>
public static class IdentityResourceTypes
{
    public const string Account = "volunteer.identity.v1.Account";
    public const string Grant = "volunteer.identity.v1.Grant";
}

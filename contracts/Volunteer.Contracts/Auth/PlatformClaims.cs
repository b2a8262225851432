namespace Volunteer.Contracts.Auth;

/// <summary>Claim names every platform token carries; clients read them, services authorize on them.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string UnionId = "union_id";
}
